import { dahuaController } from '../dahua/dahua-controller';
import { hikvisionController } from '../hikvision/hikvision-controller';
import type { SimulatorFactory } from '../simulator';
import type { DoorControllerOptions, DoorControllerSpec } from './door-controller-spec';

/** The simulator for a controller spec, by its vendor. */
export function doorController(spec: DoorControllerSpec, options: DoorControllerOptions = {}): SimulatorFactory {
  switch (spec.vendor) {
    case 'hikvision':
      return hikvisionController(spec, options);
    case 'dahua':
      return dahuaController(spec, options);
  }
}

/** Where a controller answers on a mock-devices server: the `baseUrl` a DeviceEndpoint for it carries. */
export function deviceBaseUrl(mockDevicesUrl: string, deviceId: string): string {
  return `${mockDevicesUrl.replace(/\/+$/, '')}/devices/${encodeURIComponent(deviceId)}`;
}

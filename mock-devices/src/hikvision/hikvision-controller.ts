import { DoorControllerCore } from '../door-controller/controller-core';
import { doorControllerSimulator } from '../door-controller/door-controller-simulator';
import {
  type DoorControllerOptions,
  type DoorControllerSpec,
  resolveOptions,
} from '../door-controller/door-controller-spec';
import type { SimulatorFactory } from '../simulator';
import { HikvisionProtocol } from './hikvision-protocol';

/** Access-control firmware's default illegal-login lock: 7 bad answers lock logins for 600 s. */
const HIKVISION_LOCKOUT = { maxFailures: 7, lockMs: 600_000 };

/** A Hikvision access controller speaking ISAPI under `/devices/<spec.id>/ISAPI/…`. */
export function hikvisionController(spec: DoorControllerSpec, options: DoorControllerOptions = {}): SimulatorFactory {
  return ({ baseUrl }) => {
    const core = new DoorControllerCore(spec, resolveOptions(options, HIKVISION_LOCKOUT), {
      realm: HikvisionProtocol.realmOf(spec),
    });
    return doorControllerSimulator(core, new HikvisionProtocol(core, baseUrl));
  };
}

import { DEMO_DOOR_CONTROLLERS, deviceBaseUrl } from '@linli/mock-devices';
import type { Clock } from '../core/ports/clock';
import type { DocumentStore } from '../core/ports/document-store';
import { createVault } from '../core/privacy/sealed-box';
import { registerDevice } from '../core/use-cases/door/register-device';

/**
 * Registers the demo compound's door controllers at the address mock-devices listens on now. Runs on every start:
 * the mock's port can change between runs, and registering keeps each device's status and history.
 */
export async function registerDemoDevices(
  store: DocumentStore,
  options: { idKey: string; clock: Clock; mockDevicesUrl: string },
): Promise<void> {
  const deps = { store, clock: options.clock, vault: createVault(options.idKey) };
  for (const spec of DEMO_DOOR_CONTROLLERS) {
    await registerDevice(deps, {
      id: spec.id,
      vendor: spec.vendor,
      name: spec.name,
      compoundId: spec.compoundId,
      buildingId: spec.buildingId,
      doors: spec.doors,
      baseUrl: deviceBaseUrl(options.mockDevicesUrl, spec.id),
      username: spec.username,
      password: spec.password,
    });
  }
}

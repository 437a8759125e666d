import { z } from 'zod';
import type { Deps } from '../../deps';
import type { DeviceEndpoint } from '../../ports/door-vendor';
import type { DeviceDoc } from './collections';

const ZCredentials = z.object({ username: z.string().min(1), password: z.string().min(1) });

/** Seals a controller's login for storage: the store (and its backups) never hold it in clear. */
export function sealCredentials(deps: Pick<Deps, 'vault'>, credentials: z.infer<typeof ZCredentials>): string {
  return deps.vault.box('device-credential').encrypt(JSON.stringify(ZCredentials.parse(credentials)));
}

/** How to reach a controller, credentials unsealed just before the call and never returned to a client. */
export function endpointOf(deps: Pick<Deps, 'vault'>, device: DeviceDoc): DeviceEndpoint {
  const { username, password } = ZCredentials.parse(
    JSON.parse(deps.vault.box('device-credential').decrypt(device.credentials)),
  );
  return { deviceId: device._id, vendor: device.vendor, baseUrl: device.baseUrl, username, password };
}

/**
 * The secret a controller's event pushes must carry (in the webhook URL it was given): a keyed hash of its id, so
 * nothing needs storing and a device cannot push as another.
 */
export function webhookKeyOf(deps: Pick<Deps, 'vault'>, deviceId: string): string {
  return deps.vault.box('device-credential').hash(`webhook:${deviceId}`);
}

import { DoorControllerCore } from '../door-controller/controller-core';
import { doorControllerSimulator } from '../door-controller/door-controller-simulator';
import {
  type DoorControllerOptions,
  type DoorControllerSpec,
  resolveOptions,
} from '../door-controller/door-controller-spec';
import type { SimulatorFactory } from '../simulator';
import { DahuaProtocol } from './dahua-protocol';

/** Dahua's default login lock: 5 bad answers lock the account for 30 minutes. */
const DAHUA_LOCKOUT = { maxFailures: 5, lockMs: 30 * 60_000 };

/** A Dahua access controller speaking its CGI API under `/devices/<spec.id>/cgi-bin/…`. */
export function dahuaController(spec: DoorControllerSpec, options: DoorControllerOptions = {}): SimulatorFactory {
  return () => {
    const core = new DoorControllerCore(spec, resolveOptions(options, DAHUA_LOCKOUT), {
      realm: `Login to ${DahuaProtocol.serialOf(spec)}`,
      // Dahua nonces are long decimal numbers.
      makeNonce: () => String(Math.floor(Math.random() * 9e15) + 1e15),
    });
    return doorControllerSimulator(core, new DahuaProtocol(core));
  };
}

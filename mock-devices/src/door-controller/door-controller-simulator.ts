import type { Simulator, SimulatorInfo } from '../simulator';
import { handleControl } from './control-api';
import type { DoorControllerCore } from './controller-core';
import type { DoorProtocol } from './door-protocol';

/**
 * Wraps a core and a vendor protocol into a Simulator: the control API first, then the offline and delay faults, then
 * the vendor. `offline` destroys the socket without a byte of answer, as a powered-off controller behind a switch does.
 */
export function doorControllerSimulator(core: DoorControllerCore, protocol: DoorProtocol): Simulator {
  const { spec } = core;
  const describe = (): SimulatorInfo => {
    const lock = core.auth.lockState();
    const events = core.events();
    const last = events.at(-1);
    return {
      id: spec.id,
      vendor: spec.vendor,
      kind: 'door-controller',
      name: spec.name,
      model: protocol.model,
      compoundId: spec.compoundId,
      buildingId: spec.buildingId ?? null,
      online: !core.faults.offline,
      faults: { ...core.faults },
      auth: { username: spec.username, ...lock },
      doors: core.doorStates(),
      eventCount: events.length,
      lastEvent: last ? protocol.renderEvent(last) : null,
      ...protocol.describe(),
    };
  };

  return {
    id: spec.id,
    vendor: spec.vendor,
    kind: 'door-controller',
    describe,
    async handle(request, response, subpath) {
      if (subpath === '/_control' || subpath.startsWith('/_control/')) {
        return handleControl(core, protocol, describe, request, response, subpath);
      }
      if (core.faults.offline) {
        request.socket.destroy();
        return true;
      }
      if (core.faults.delayMs > 0) {
        try {
          await core.wait(core.faults.delayMs);
        } catch {
          response.destroy();
          return true;
        }
        if (response.destroyed || request.socket.destroyed) return true;
        // The fault may have changed while this request waited (a test taking the device offline mid-call).
        if (core.faults.offline) {
          request.socket.destroy();
          return true;
        }
      }
      return protocol.handle(request, response, subpath);
    },
    async close() {
      core.close();
      await protocol.close();
    },
  };
}

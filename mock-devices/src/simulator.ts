import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * One simulated device (a Hikvision or Dahua door controller, a meter, an alarm panel). The control server owns the
 * HTTP listener and routes `/devices/<id>/…` to the simulator, which speaks its vendor's wire protocol there and
 * offers its own fault-injection endpoints.
 */
export interface Simulator {
  readonly id: string;
  readonly vendor: string;
  readonly kind: string;
  /** What `GET /devices` shows about this device (state, doors, injected faults). */
  describe(): SimulatorInfo;
  /**
   * Answers a request whose path is below `/devices/<id>`; `subpath` is the rest (`/ISAPI/AccessControl/…`).
   * Returns false to let the server answer 404.
   */
  handle(request: IncomingMessage, response: ServerResponse, subpath: string): Promise<boolean>;
  close(): Promise<void>;
}

export interface SimulatorInfo {
  id: string;
  vendor: string;
  kind: string;
  [detail: string]: unknown;
}

/** Simulators are created once the control server knows its own URL (devices report callbacks against it). */
export type SimulatorFactory = (context: { baseUrl: string }) => Simulator | Promise<Simulator>;

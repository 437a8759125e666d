import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DoorEvent } from './door-event';

/** A vendor's wire protocol on top of a DoorControllerCore. */
export interface DoorProtocol {
  /** The controller model it reports (`DS-K2604T`, `ASC1204C-D`). */
  readonly model: string;
  /**
   * Answers a protocol request once the offline and delay faults have let it through (authentication and `failWith`
   * are the vendor's to apply, since each answers them in its own format). False: not one of this vendor's paths.
   */
  handle(request: IncomingMessage, response: ServerResponse, subpath: string): Promise<boolean>;
  /** The event as the vendor reports it (Hikvision's AcsEvent entry, Dahua's card record). */
  renderEvent(event: DoorEvent): unknown;
  /** Vendor state for `GET /devices` (e.g. Hikvision's configured push host). */
  describe(): Record<string, unknown>;
  /** The device is reachable again: deliver what waited. */
  onOnline(): void;
  close(): Promise<void>;
}

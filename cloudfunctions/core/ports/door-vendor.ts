/**
 * DoorVendor: drives one vendor's door controllers over their own wire protocol (Hikvision ISAPI, Dahua CGI), so the
 * same adapter talks to real hardware in a compound and to mock-devices locally. "Opened" means the device said so:
 * every other outcome is a DoorError, never a success.
 */

export type DoorVendorName = 'hikvision' | 'dahua';

/** Where and how to reach one controller. Credentials are decrypted by the caller just before use. */
export interface DeviceEndpoint {
  deviceId: string;
  vendor: DoorVendorName;
  /** `http://host:port`, no trailing slash. */
  baseUrl: string;
  username: string;
  password: string;
}

export type DoorCommand = 'open' | 'close' | 'alwaysOpen' | 'resume';

export interface CallOptions {
  /** Hard deadline for the whole exchange, digest challenge included. */
  timeoutMs: number;
}

/** An access event a controller reports (pushed to our webhook, or found by an event search). */
export interface DeviceAccessEvent {
  deviceId: string;
  doorNo: number;
  /** UTC ISO time. */
  at: string;
  method: 'remote' | 'face' | 'card' | 'password' | 'other';
  /** The controller's own person/card id, when it reports one. */
  subject: string | null;
  isGranted: boolean;
  /** Vendor codes, kept for the log (Hikvision major/minor). */
  raw: { major?: number; minor?: number; serialNo?: number };
}

export interface DoorVendor {
  readonly vendor: DoorVendorName;
  /** Resolves only when the device confirmed the command; returns the round trip in ms. */
  command(device: DeviceEndpoint, doorNo: number, command: DoorCommand, options: CallOptions): Promise<number>;
  /** Whether the controller answers (authenticated), for the online-status timer; returns the round trip in ms. */
  probe(device: DeviceEndpoint, options: CallOptions): Promise<number>;
  /**
   * Vendors whose controllers push their own access events (face, card) implement both: point the controller at our
   * webhook, and read what it pushes there. Throws DoorError PROTOCOL on a body that is not the vendor's format.
   */
  events?: {
    subscribe(device: DeviceEndpoint, webhookUrl: string, options: CallOptions): Promise<void>;
    parsePush(body: Buffer, contentType: string, deviceId: string): DeviceAccessEvent[];
  };
  /**
   * The controller's own access log (Hikvision's event search, Dahua's recordFinder): the entries from `from` (UTC
   * ISO, to the second) onward, oldest first, at most `max` (a controller may cap it lower), each with its
   * `serialNo`. It is how Dahua's entries arrive at all, and how missed Hikvision pushes are caught up.
   */
  readAccessLog?(device: DeviceEndpoint, from: string, max: number, options: CallOptions): Promise<DeviceAccessEvent[]>;
}

export type DoorErrorKind =
  /** Nothing answered: refused, unreachable, reset. */
  | 'OFFLINE'
  /** No complete answer within the deadline. */
  | 'TIMEOUT'
  /** The device answered and said no: bad credentials, door busy, not supported. */
  | 'REJECTED'
  /** The answer made no sense (malformed XML/JSON, unexpected status). */
  | 'PROTOCOL';

export class DoorError extends Error {
  constructor(
    readonly kind: DoorErrorKind,
    readonly vendor: DoorVendorName,
    message: string,
    options?: { cause?: unknown; detail?: string },
  ) {
    super(`[${vendor}] ${message}`, { cause: options?.cause });
    this.name = 'DoorError';
    this.detail = options?.detail ?? null;
  }

  /** The device's own words (e.g. ISAPI subStatusCode), for the access log; never shown to residents as is. */
  readonly detail: string | null;
}

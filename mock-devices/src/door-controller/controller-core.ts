import type { IncomingMessage } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { DigestAuthenticator, type DigestOutcome } from '../http/digest-auth';
import type { DoorControllerSpec, ResolvedOptions } from './door-controller-spec';
import type { DoorCommand, DoorEvent, DoorMode } from './door-event';
import { type FaultPatch, type Faults, NO_FAULTS } from './faults';

export interface DoorState {
  doorNo: number;
  name: string;
  unitId: string | null;
  mode: DoorMode;
  opens: number;
  lastOpenedAt: string | null;
}

/**
 * The vendor-neutral part of a door controller: its doors, its event log, its digest credentials and the faults the
 * control API injected. Vendors (Hikvision ISAPI, Dahua CGI) put their wire protocol on top.
 */
export class DoorControllerCore {
  readonly auth: DigestAuthenticator;
  readonly now: () => number;
  private currentFaults: Faults = { ...NO_FAULTS };
  private readonly doors = new Map<number, DoorState>();
  private readonly log: DoorEvent[] = [];
  private readonly listeners = new Set<(event: DoorEvent) => void>();
  private readonly closing = new AbortController();

  constructor(
    readonly spec: DoorControllerSpec,
    readonly options: ResolvedOptions,
    auth: { realm: string; makeNonce?: () => string },
  ) {
    this.now = options.now;
    this.auth = new DigestAuthenticator({
      realm: auth.realm,
      username: spec.username,
      password: spec.password,
      now: options.now,
      nonceTtlMs: options.nonceTtlMs,
      lockout: options.lockout,
      makeNonce: auth.makeNonce,
    });
    for (const door of spec.doors) {
      if (this.doors.has(door.doorNo)) throw new Error(`${spec.id}: two doors numbered ${door.doorNo}`);
      this.doors.set(door.doorNo, {
        doorNo: door.doorNo,
        name: door.name,
        unitId: door.unitId ?? null,
        mode: 'normal',
        opens: 0,
        lastOpenedAt: null,
      });
    }
  }

  get faults(): Readonly<Faults> {
    return this.currentFaults;
  }

  /** Aborted when the simulator closes: delays and pushes stop waiting. */
  get signal(): AbortSignal {
    return this.closing.signal;
  }

  hasDoor(doorNo: number): boolean {
    return this.doors.has(doorNo);
  }

  doorStates(): DoorState[] {
    return [...this.doors.values()].map((door) => ({ ...door }));
  }

  events(): readonly DoorEvent[] {
    return this.log;
  }

  onEvent(listener: (event: DoorEvent) => void): void {
    this.listeners.add(listener);
  }

  /** Checks the request's digest answer against the device's own credentials (and the injected refusal). */
  authenticate(request: IncomingMessage): DigestOutcome {
    return this.auth.check(
      request.method ?? 'GET',
      request.url ?? '/',
      request.headers.authorization,
      this.currentFaults.rejectCredentials,
    );
  }

  /** Applies a remote command; logs it unless it only restores normal mode (no vendor logs `resume` as a door event). */
  command(doorNo: number, command: DoorCommand, remote: { user: string; host: string }, subject: string | null) {
    const door = this.requireDoor(doorNo);
    if (command === 'resume') {
      door.mode = 'normal';
      return null;
    }
    if (command === 'alwaysOpen' || command === 'alwaysClose') door.mode = command;
    if (command === 'close' && door.mode === 'alwaysOpen') door.mode = 'normal';
    return this.record({ doorNo, method: 'remote', action: command, granted: true, subject, name: null, remote });
  }

  /** A resident showing their face at a door's reader (the control API's stand-in for a real face). */
  swipeFace(doorNo: number, employeeNo: string, name: string | null, isGranted: boolean): DoorEvent {
    const door = this.requireDoor(doorNo);
    const granted = isGranted && door.mode !== 'alwaysClose';
    return this.record({ doorNo, method: 'face', action: 'open', granted, subject: employeeNo, name, remote: null });
  }

  patchFaults(patch: FaultPatch): { cameOnline: boolean } {
    const wasOffline = this.currentFaults.offline;
    const next: Faults = { ...this.currentFaults };
    if (patch.offline !== undefined) next.offline = patch.offline;
    if (patch.delayMs !== undefined) next.delayMs = patch.delayMs;
    if (patch.rejectCredentials !== undefined) next.rejectCredentials = patch.rejectCredentials;
    if (patch.failWith !== undefined) next.failWith = patch.failWith;
    this.currentFaults = next;
    return { cameOnline: wasOffline && !next.offline };
  }

  /** Clears every fault and lifts an authentication lock. */
  reset(): void {
    this.currentFaults = { ...NO_FAULTS };
    this.auth.reset();
  }

  /** Waits, unless the simulator closes first (then rejects). */
  async wait(ms: number): Promise<void> {
    await sleep(ms, undefined, { signal: this.closing.signal });
  }

  close(): void {
    this.closing.abort();
    this.listeners.clear();
  }

  private requireDoor(doorNo: number): DoorState {
    const door = this.doors.get(doorNo);
    if (!door) throw new Error(`${this.spec.id} has no door ${doorNo}`);
    return door;
  }

  private record(fields: Omit<DoorEvent, 'serialNo' | 'at'>): DoorEvent {
    const event: DoorEvent = { serialNo: this.log.length + 1, at: this.now(), ...fields };
    this.log.push(event);
    if (event.action === 'open' && event.granted) {
      const door = this.requireDoor(event.doorNo);
      door.opens += 1;
      door.lastOpenedAt = new Date(event.at).toISOString();
    }
    for (const listener of this.listeners) listener(event);
    return event;
  }
}

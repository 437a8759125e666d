import type { DoorControllerSpec } from '@linli/mock-devices';
import { type DeviceEndpoint, type DoorCommand, DoorError, type DoorErrorKind } from '../../ports/door-vendor';
import { doorVendorFor } from './door-vendors';
import { DAHUA, type DoorKit, deadAddress, HIK, rejectionOf, startDoorKit } from './testing/door-kit';

/**
 * The adapters' one promise: a resolved command means the device opened. Every fault the simulators can inject, and
 * the ones they cannot (nothing listening, wrong password, a door that does not exist), must end in a DoorError of
 * the right kind — for every command and for the probe, on both vendors, through the production entry point.
 */

interface Fault {
  name: string;
  kind: DoorErrorKind;
  /** What the control API is told before the calls. */
  inject?: Record<string, unknown>;
  endpoint?: (endpoint: DeviceEndpoint) => Promise<DeviceEndpoint>;
  doorNo?: number;
  timeoutMs?: number;
  /** The probe names no door, so a fault about doors does not concern it. */
  skipProbe?: boolean;
}

const FAULTS: Fault[] = [
  { name: 'offline', kind: 'OFFLINE', inject: { offline: true } },
  { name: 'slower than the deadline', kind: 'TIMEOUT', inject: { delayMs: 5000 }, timeoutMs: 300 },
  { name: 'credentials refused', kind: 'REJECTED', inject: { rejectCredentials: true } },
  { name: 'device error', kind: 'REJECTED', inject: { failWith: 'error' } },
  { name: 'malformed answer', kind: 'PROTOCOL', inject: { failWith: 'malformed' } },
  { name: 'wrong password', kind: 'REJECTED', endpoint: async (e) => ({ ...e, password: `${e.password}x` }) },
  { name: 'nothing listening', kind: 'OFFLINE', endpoint: async (e) => ({ ...e, baseUrl: await deadAddress() }) },
  { name: 'unknown door', kind: 'REJECTED', doorNo: 99, skipProbe: true },
];

const COMMANDS: DoorCommand[] = ['open', 'close', 'alwaysOpen', 'resume'];
const UNSUPPORTED: Partial<Record<DoorControllerSpec['vendor'], DoorCommand[]>> = { dahua: ['alwaysOpen', 'resume'] };

let kit: DoorKit;
beforeAll(async () => {
  kit = await startDoorKit([HIK, DAHUA]);
});
afterAll(() => kit.close());

describe.each([HIK, DAHUA])('$vendor: no false success', (spec) => {
  const adapter = doorVendorFor(spec.vendor);

  it.each(FAULTS)('$name → $kind for every command (and the probe)', async (fault) => {
    await kit.control(spec.id, '/reset', {});
    // Warm the nonce cache first, so faults meet the cached-nonce path too.
    await adapter.probe(kit.endpoint(spec), { timeoutMs: 3000 });
    if (fault.inject) await kit.control(spec.id, '', fault.inject);
    const endpoint = fault.endpoint ? await fault.endpoint(kit.endpoint(spec)) : kit.endpoint(spec);
    const options = { timeoutMs: fault.timeoutMs ?? 3000 };
    const opensBefore = (await kit.device(spec.id)).doors.map((door) => door.opens);

    const outcomes: { call: string; kind: DoorErrorKind; detail: string | null }[] = [];
    const calls: [string, () => Promise<number>][] = [
      ...COMMANDS.map((command): [string, () => Promise<number>] => [
        command,
        () => adapter.command(endpoint, fault.doorNo ?? 1, command, options),
      ]),
      ...(fault.skipProbe
        ? []
        : [['probe', () => adapter.probe(endpoint, options)] as [string, () => Promise<number>]]),
    ];
    for (const [name, run] of calls) {
      const error = await rejectionOf(run());
      if (!(error instanceof DoorError)) throw new Error(`${name}: not a DoorError: ${String(error)}`);
      outcomes.push({ call: name, kind: error.kind, detail: error.detail });
    }

    expect(outcomes.map(({ call, kind }) => ({ call, kind }))).toEqual(
      calls.map(([call]) => ({
        call,
        kind: UNSUPPORTED[spec.vendor]?.includes(call as DoorCommand) ? 'REJECTED' : fault.kind,
      })),
    );
    // A refusal always names the device's reason: that is what the access log keeps.
    for (const outcome of outcomes.filter((o) => o.kind === 'REJECTED'))
      expect(outcome.detail).toEqual(expect.any(String));

    await kit.control(spec.id, '/reset', {});
    expect((await kit.device(spec.id)).doors.map((door) => door.opens)).toEqual(opensBefore);
  });
});

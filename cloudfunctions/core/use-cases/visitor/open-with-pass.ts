import {
  type ErrorCode,
  maskName,
  type OutputOf,
  type ParsedInputOf,
  passStateOf,
  type visitorContract,
} from '@linli/shared';
import type { Deps } from '../../deps';
import { AppError } from '../../errors';
import { consumeRate } from '../../guards/rate-limit';
import type { Caller } from '../../ports/identity';
import { entitledDoor } from '../door/entitled-doors';
import { operateDoor } from '../door/operate-door';
import { PASSES, type PassDoc } from './collections';
import { passOfToken } from './pass-token';

type Visitor = typeof visitorContract;

const REFUSALS: Record<Exclude<ReturnType<typeof passStateOf>, 'valid'>, ErrorCode> = {
  not_yet: 'PASS.NOT_YET_VALID',
  expired: 'PASS.EXPIRED',
  used_up: 'PASS.USED_UP',
  revoked: 'PASS.REVOKED',
};

/** A visitor at the gate taps a few times at most; a link being hammered stops here. */
const PASS_OPEN_LIMIT = { limit: 10, windowSeconds: 60 } as const;

/**
 * `visitor.open`: one use of a pass on one of its doors. The use is taken by one conditional decrement (uses left,
 * unrevoked, inside the window), so N concurrent taps on a one-use pass open once; the host must still be entitled
 * to the door; and a door that did not open gives the use back.
 */
export async function openWithPass(
  deps: Deps,
  _caller: Caller,
  input: ParsedInputOf<Visitor, 'open'>,
): Promise<OutputOf<Visitor, 'open'>> {
  const pass = await passOfToken(deps, input.token);
  refuseUnlessValid(pass, deps.clock.now());
  if (!pass.doorIds.includes(input.doorId)) throw new AppError('DOOR.NOT_ENTITLED');
  const door = await entitledDoor(deps, pass.residentId, input.doorId);
  await consumeRate(deps, { key: `pass-open:${pass._id}`, ...PASS_OPEN_LIMIT });

  const passes = deps.store.collection<PassDoc>(PASSES);
  const now = deps.clock.now().toISOString();
  const taken = await passes.update(
    { _id: pass._id, usesLeft: { gt: 0 }, revokedAt: null, validFrom: { lte: now }, validUntil: { gt: now } },
    { inc: { usesLeft: -1 } },
  );
  if (taken === 0) {
    const current = await passes.get(pass._id);
    refuseUnlessValid(current ?? { ...pass, usesLeft: 0 }, deps.clock.now());
    throw new AppError('PASS.USED_UP');
  }
  try {
    const opened = await operateDoor(deps, door, {
      method: 'visitor',
      who: `访客 ${maskName(pass.visitorName)}（${pass.hostName}邀请）`,
      residentId: null,
      passId: pass._id,
    });
    const after = await passes.get(pass._id);
    return { doorId: door._id, openedAt: opened.openedAt, usesLeft: Math.max(0, after?.usesLeft ?? 0) };
  } catch (error) {
    await passes.update({ _id: pass._id }, { inc: { usesLeft: 1 } });
    throw error;
  }
}

function refuseUnlessValid(pass: PassDoc, now: Date): void {
  const state = passStateOf(pass, now);
  if (state !== 'valid') throw new AppError(REFUSALS[state]);
}

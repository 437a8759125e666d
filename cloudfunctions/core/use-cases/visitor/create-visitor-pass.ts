import { maskName, type OutputOf, type ParsedInputOf, type visitorContract } from '@linli/shared';
import type { Deps } from '../../deps';
import { AppError } from '../../errors';
import { consumeRate } from '../../guards/rate-limit';
import type { Caller } from '../../ports/identity';
import type { DoorDoc } from '../door/collections';
import { entitledDoors } from '../door/entitled-doors';
import { residentOf } from '../membership/caller-resident';
import { RESIDENTS, type ResidentDoc } from '../membership/collections';
import { PASSES, type PassDoc } from './collections';
import { newPassToken, passTokenHash, shareOf } from './pass-token';
import { toPassView } from './pass-view';

type Visitor = typeof visitorContract;

/** A pass may be prepared up to a month ahead (a relative's visit at the holidays). */
const MAX_LEAD_DAYS = 30;
/** Enough for a busy household's deliveries; a script minting passes stops here. */
const CREATE_LIMIT = { limit: 50, windowSeconds: 24 * 3600 } as const;

/** `visitor.create`: a pass for doors the creator may open themselves, shared once created. */
export async function createVisitorPass(
  deps: Deps,
  caller: Caller,
  input: ParsedInputOf<Visitor, 'create'>,
): Promise<OutputOf<Visitor, 'create'>> {
  const { residentId, currentRoomId } = residentOf(caller);
  if (!residentId || !currentRoomId) throw new AppError('DOOR.NOT_ENTITLED');
  const now = deps.clock.now();
  if (Date.parse(input.validUntil) <= now.getTime()) {
    throw new AppError('VALIDATION.FAILED', { issues: [{ path: 'validUntil', message: '结束时间须晚于现在' }] });
  }
  if (Date.parse(input.validFrom) > now.getTime() + MAX_LEAD_DAYS * 86_400_000) {
    throw new AppError('VALIDATION.FAILED', { issues: [{ path: 'validFrom', message: '最多提前30天创建通行证' }] });
  }
  const mine = new Map((await entitledDoors(deps, residentId)).map((door) => [door._id, door]));
  const doors: DoorDoc[] = [];
  for (const doorId of new Set(input.doorIds)) {
    const door = mine.get(doorId);
    if (!door) throw new AppError('DOOR.NOT_ENTITLED');
    doors.push(door);
  }
  const [first] = doors;
  if (!first) throw new AppError('DOOR.NOT_ENTITLED');
  await consumeRate(deps, { key: `pass-create:${residentId}`, ...CREATE_LIMIT });

  const host = await deps.store.collection<ResidentDoc>(RESIDENTS).get(residentId);
  const token = newPassToken();
  const pass: PassDoc = {
    _id: deps.ids.next(),
    tokenHash: passTokenHash(deps, token),
    tokenSealed: deps.vault.box('pass-token').encrypt(token),
    kind: input.kind,
    residentId,
    hostName: maskName(host?.name ?? '业主'),
    roomId: currentRoomId,
    districtId: first.districtId,
    streetId: first.streetId,
    communityId: first.communityId,
    compoundId: first.compoundId,
    visitorName: input.visitorName,
    phone: input.phone ?? null,
    plate: input.plate ?? null,
    doors: doors.map((door) => ({ doorId: door._id, name: door.placeLabel })),
    doorIds: doors.map((door) => door._id),
    validFrom: input.validFrom,
    validUntil: input.validUntil,
    maxUses: input.maxUses,
    usesLeft: input.maxUses,
    revokedAt: null,
    createdAt: now.toISOString(),
  };
  await deps.store.collection<PassDoc>(PASSES).insert(pass);
  return { ...toPassView(pass, now), share: shareOf(deps, token) };
}

import {
  type OutputOf,
  type ParsedInputOf,
  REPAIR_CATEGORIES,
  type RepairDetail,
  type repairContract,
  repairDueAt,
} from '@linli/shared';
import type { Deps } from '../../deps';
import { AppError } from '../../errors';
import { acceptImageIds } from '../../files/accept-image';
import { consumeRate } from '../../guards/rate-limit';
import type { Caller } from '../../ports/identity';
import { residentOf } from '../membership/caller-resident';
import { RESIDENTS, type ResidentDoc } from '../membership/collections';
import { PLACES, type PlaceDoc } from '../places/collections';
import { REPAIRS, type RepairDoc } from './collections';
import { nextRepairNumber } from './repair-number';
import { toRepairDetail } from './repair-view';

/** A household reports a few problems a day at most; more is a stuck button or a script. */
const SUBMIT_LIMIT = { limit: 20, windowSeconds: 24 * 3600 } as const;
const TITLE_LENGTH = 30;

/** `repair.submit`: a problem in the caller's current room or a public place of its compound, with photos. */
export async function submitRepair(
  deps: Deps,
  caller: Caller,
  input: ParsedInputOf<typeof repairContract, 'submit'>,
): Promise<OutputOf<typeof repairContract, 'submit'>> {
  const { openid, residentId, currentRoomId } = residentOf(caller);
  if (!residentId || !currentRoomId) throw new AppError('MEMBERSHIP.NOT_BOUND');
  const room = await deps.store.collection<PlaceDoc>(PLACES).get(currentRoomId);
  const compound = room?.compoundId ? await deps.store.collection<PlaceDoc>(PLACES).get(room.compoundId) : null;
  if (!room || !compound || !room.districtId || !room.streetId || !room.communityId || !room.compoundId) {
    throw new AppError('MEMBERSHIP.NOT_BOUND');
  }
  const photoIds = acceptImageIds(input.photoIds);
  await consumeRate(deps, { key: `repair-submit:${residentId}`, ...SUBMIT_LIMIT });
  // Each photo must be one the caller uploaded and an image by its bytes; nothing is written before all pass.
  for (const fileId of photoIds) await deps.files.claim(fileId, openid);

  const resident = await deps.store.collection<ResidentDoc>(RESIDENTS).get(residentId);
  const now = deps.clock.now();
  const at = now.toISOString();
  const place = input.location.kind === 'public' ? input.location.place : null;
  const isRoom = place === null;
  const label = `${resident?.name ?? '住户'}（住户）`;
  const repair: RepairDoc = {
    _id: deps.ids.next(),
    number: await nextRepairNumber(deps, now),
    category: input.category,
    urgency: input.urgency,
    status: 'submitted',
    description: input.description,
    title: titleOf(input.description),
    location: { kind: input.location.kind, place },
    locationLabel: place === null ? room.label : `${compound.label} ${place}`,
    roomId: room._id,
    districtId: room.districtId,
    streetId: room.streetId,
    communityId: room.communityId,
    compoundId: room.compoundId,
    buildingId: isRoom ? (room.buildingId ?? null) : null,
    unitId: isRoom ? (room.unitId ?? null) : null,
    reporterResidentId: residentId,
    reporterOpenid: openid,
    reporterName: resident?.name ?? '住户',
    reporterPhone: resident?.phone ?? '',
    photoIds,
    preferredTime: input.preferredTime ?? null,
    createdAt: at,
    updatedAt: at,
    dueAt: repairDueAt(input.category, input.urgency, now).toISOString(),
    isOverdue: false,
    assigneeId: null,
    assigneeName: null,
    acceptedAt: null,
    resolvedAt: null,
    completion: null,
    rating: null,
    ratingComment: null,
    reopenCount: 0,
    mergedInto: null,
    timeline: [
      {
        at,
        action: 'submit',
        actorKind: 'resident',
        actorId: residentId,
        actorLabel: label,
        from: null,
        to: 'submitted',
        note: `${REPAIR_CATEGORIES[input.category].label}报修`,
        photoIds,
        isInternal: false,
      },
    ],
    version: 1,
  };
  await deps.store.collection<RepairDoc>(REPAIRS).insert(repair);
  const detail: RepairDetail = await toRepairDetail(deps, repair, {
    capacities: ['household'],
    kind: 'resident',
    id: residentId,
    label,
  });
  return detail;
}

function titleOf(description: string): string {
  const line = description.split('\n')[0]?.trim() ?? '';
  return line.length > TITLE_LENGTH ? `${line.slice(0, TITLE_LENGTH - 1)}…` : line;
}

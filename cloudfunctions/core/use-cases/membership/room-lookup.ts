import type { Deps } from '../../deps';
import { AppError } from '../../errors';
import { PLACES, type PlaceDoc } from '../places/collections';
import type { MembershipDoc } from './collections';

export type RoomPlacement = Pick<
  MembershipDoc,
  'roomId' | 'roomLabel' | 'districtId' | 'streetId' | 'communityId' | 'compoundId' | 'buildingId' | 'unitId'
>;

/** A room that can be bound, with the ancestor ids a membership copies so staff scopes select it by one field. */
export async function loadRoom(deps: Pick<Deps, 'store'>, roomId: string): Promise<RoomPlacement> {
  const room = await deps.store.collection<PlaceDoc>(PLACES).get(roomId);
  const { districtId, streetId, communityId, compoundId, buildingId, unitId } = room ?? {};
  if (room?.kind !== 'room' || !districtId || !streetId || !communityId || !compoundId || !buildingId || !unitId) {
    throw new AppError('RESOURCE.NOT_FOUND', { message: '房屋不存在，请重新选择' });
  }
  return { roomId: room._id, roomLabel: room.label, districtId, streetId, communityId, compoundId, buildingId, unitId };
}

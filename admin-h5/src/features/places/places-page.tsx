import { formatArea, type PlaceView, ROOM_TYPE_LABELS, type StaffProfile } from '@linli/shared';
import { ErrorNotice } from '../../ui/error-notice';
import { RoomTable, type RoomTableRow } from '../rooms/room-table';
import { Breadcrumb } from './breadcrumb';
import { PlaceButton } from './place-button';
import { usePlaceTrail } from './place-trail';
import { useChildren } from './use-children';

/** The hierarchy from the staff member's scope down: open a node to see its children, rooms at the bottom. */
export function PlacesPage({ staff }: { staff: StaffProfile }) {
  const trail = usePlaceTrail(staff.scope);
  const { state, retry } = useChildren(trail.openId);

  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title" className="page__title">
        区域
      </h1>
      <Breadcrumb steps={trail.steps} hasPlatformRoot={staff.scope === null} onGoTo={trail.goTo} />
      {state.status === 'loading' ? <p role="status">正在加载…</p> : null}
      {state.status === 'error' ? <ErrorNotice error={state.error} onRetry={retry} /> : null}
      {state.status === 'success' ? <PlaceList items={state.data.items} onEnter={trail.enter} /> : null}
    </section>
  );
}

function PlaceList({ items, onEnter }: { items: PlaceView[]; onEnter: (place: PlaceView) => void }) {
  if (items.length === 0) return <p className="empty">这里还没有下级区域或房屋。</p>;
  const rooms = items.filter((item) => item.kind === 'room');
  const places = items.filter((item) => item.kind !== 'room');
  return (
    <>
      {places.length > 0 ? (
        <ul className="place-list">
          {places.map((place) => (
            <li key={place._id}>
              <PlaceButton place={place} onEnter={onEnter} />
            </li>
          ))}
        </ul>
      ) : null}
      {rooms.length > 0 ? <RoomTable caption="房屋列表" labelHeader="房号" rows={rooms.map(rowOf)} /> : null}
    </>
  );
}

function rowOf(place: PlaceView): RoomTableRow {
  const { room } = place;
  return {
    id: place._id,
    label: place.name,
    floor: room ? `${room.floor}层` : '—',
    area: room ? formatArea(room.areaHundredths) : '—',
    type: room ? ROOM_TYPE_LABELS[room.type] : '—',
  };
}

import { formatArea, ROOM_TYPE_LABELS, type RoomRow } from '@linli/shared';
import { call } from '../../api/call';
import type { PageInput } from '../../api/page-input';
import { useSearchedList } from '../../api/use-searched-list';
import { PagedResults } from '../../ui/paged-results';
import { SearchForm } from '../../ui/search-form';
import { RoomTable, type RoomTableRow } from './room-table';

const PAGE_SIZE = 50;
const fetchRooms = (input: PageInput) => call('places', 'rooms', input);

function rowOf(room: RoomRow): RoomTableRow {
  return {
    id: room._id,
    label: room.label,
    floor: room.floor,
    area: formatArea(room.areaHundredths),
    type: ROOM_TYPE_LABELS[room.type],
  };
}

/** The room register within scope (or the narrowed node): search by room number, building and unit. */
export function RoomsPage({ withinId }: { withinId: string | null }) {
  const { q, search, list } = useSearchedList(fetchRooms, PAGE_SIZE, withinId);

  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title" className="page__title">
        房屋
      </h1>
      <SearchForm label="搜索房号" placeholder="如 101、3栋、3-2-101" onSearch={search} />
      <PagedResults
        list={list}
        empty={q ? `没有找到与「${q}」相符的房屋。` : '这里还没有房屋，可在「导入」中导入房屋登记表。'}
        unit="套房屋"
      >
        {(rooms) => <RoomTable caption={`房屋列表${q ? `：${q}` : ''}`} labelHeader="房屋" rows={rooms.map(rowOf)} />}
      </PagedResults>
    </section>
  );
}

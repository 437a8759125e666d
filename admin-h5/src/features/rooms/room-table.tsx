/** One room as a table row, already worded: the register and the hierarchy word floor and gaps differently. */
export interface RoomTableRow {
  id: string;
  label: string;
  floor: string | number;
  area: string;
  type: string;
}

interface RoomTableProps {
  /** Read by screen readers only; names the table. */
  caption: string;
  /** 房屋 for full labels across a register, 房号 inside one unit. */
  labelHeader: string;
  rows: RoomTableRow[];
}

/** Rooms with floor, area and type, as both the room register and the hierarchy's bottom level show them. */
export function RoomTable({ caption, labelHeader, rows }: RoomTableProps) {
  return (
    <table className="table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{labelHeader}</th>
          <th scope="col" className="table__num">
            楼层
          </th>
          <th scope="col" className="table__num">
            面积
          </th>
          <th scope="col">类型</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <th scope="row">{row.label}</th>
            <td className="table__num">{row.floor}</td>
            <td className="table__num">{row.area}</td>
            <td>{row.type}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

import { formatDateTime } from '../../lib/time';
import {
  ACCESS_METHOD_LABELS,
  ACCESS_RESULT_LABELS,
  type AccessLogRow,
  formatLatency,
  isFailure,
} from './access-labels';
import './doors.css';

interface AccessLogTableProps {
  /** Read by screen readers only; names the table. */
  caption: string;
  rows: AccessLogRow[];
  /** The visitor log leaves it out: every row there is a pass. */
  showMethod?: boolean;
  /** 人员 in the access log, 访客 in the visitor log. */
  whoHeader?: string;
}

/**
 * Entries newest first, as the server sends them. A failed entry is tinted and its result is a danger badge, so a
 * run of 设备离线 stands out while scrolling; the words say it too, for anyone who cannot see the colour. The result
 * comes right after the time so a phone shows it before the table scrolls sideways.
 */
export function AccessLogTable({ caption, rows, showMethod = true, whoHeader = '人员' }: AccessLogTableProps) {
  return (
    // Wide on phones: the table scrolls sideways inside a labelled region keyboard users can focus and scroll.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable to scroll by keyboard.
    <section className="table-scroll" aria-label={caption} tabIndex={0}>
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">时间</th>
            <th scope="col">结果</th>
            <th scope="col">门</th>
            <th scope="col">位置</th>
            {showMethod ? <th scope="col">方式</th> : null}
            <th scope="col">{whoHeader}</th>
            <th scope="col" className="table__num">
              耗时
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const isFailed = isFailure(row.result);
            return (
              <tr key={row._id} className={isFailed ? 'access-row access-row--failed' : 'access-row'}>
                <th scope="row">
                  <time dateTime={row.at}>{formatDateTime(row.at)}</time>
                </th>
                <td>
                  <span className={isFailed ? 'badge badge--danger' : 'badge badge--success'}>
                    {ACCESS_RESULT_LABELS[row.result]}
                  </span>
                </td>
                <td>{row.doorName}</td>
                <td className="table__text">{row.placeLabel}</td>
                {showMethod ? <td>{ACCESS_METHOD_LABELS[row.method]}</td> : null}
                <td>{row.who}</td>
                <td className="table__num">{formatLatency(row.latencyMs)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

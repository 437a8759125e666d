import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

/** Times are stored in UTC and shown in the community's own zone, whatever zone the staff member's device is in. */
export const DISPLAY_TIME_ZONE = 'Asia/Shanghai';
export const DISPLAY_TIME_ZONE_LABEL = '北京时间';

/** What a `datetime-local` input holds: minutes, no zone. */
const LOCAL_INPUT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
const LOCAL_INPUT_FORMAT = 'YYYY-MM-DDTHH:mm';

export function formatDateTime(iso: string): string {
  return dayjs.utc(iso).tz(DISPLAY_TIME_ZONE).format('YYYY-MM-DD HH:mm:ss');
}

/** `2026-11-23 09:00–12:00` within one day, both ends in full when the window spans days (a preferred visit time). */
export function formatTimeWindow(fromIso: string, toIso: string): string {
  const from = dayjs.utc(fromIso).tz(DISPLAY_TIME_ZONE);
  const to = dayjs.utc(toIso).tz(DISPLAY_TIME_ZONE);
  return from.format('YYYY-MM-DD') === to.format('YYYY-MM-DD')
    ? `${from.format('YYYY-MM-DD HH:mm')}–${to.format('HH:mm')}`
    : `${from.format('YYYY-MM-DD HH:mm')} 至 ${to.format('YYYY-MM-DD HH:mm')}`;
}

/**
 * A `datetime-local` value read as Beijing time, as the UTC instant the contracts take; null when it is not one.
 * Staff type the time on the wall of the compound, not the zone their device happens to be set to.
 */
export function utcIsoOfDisplayTime(local: string): string | null {
  if (!LOCAL_INPUT.test(local)) return null;
  const instant = dayjs.tz(local, DISPLAY_TIME_ZONE);
  // dayjs rolls 2026-13-01 over into 2027 rather than failing; a value that does not read back unchanged was no
  // real time. (Checked this way instead of with the strict-parsing plugin, which would cost the bundle 2 kB.)
  return instant.isValid() && instant.format(LOCAL_INPUT_FORMAT) === local ? instant.toISOString() : null;
}

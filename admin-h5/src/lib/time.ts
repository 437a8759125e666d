import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(customParseFormat);
dayjs.extend(utc);
dayjs.extend(timezone);

/** Times are stored in UTC and shown in the community's own zone, whatever zone the staff member's device is in. */
export const DISPLAY_TIME_ZONE = 'Asia/Shanghai';
export const DISPLAY_TIME_ZONE_LABEL = '北京时间';

/** What a `datetime-local` input holds: minutes, no zone. */
const LOCAL_INPUT_FORMAT = 'YYYY-MM-DDTHH:mm';

export function formatDateTime(iso: string): string {
  return dayjs.utc(iso).tz(DISPLAY_TIME_ZONE).format('YYYY-MM-DD HH:mm:ss');
}

/**
 * A `datetime-local` value read as Beijing time, as the UTC instant the contracts take; null when it is not one.
 * Staff type the time on the wall of the compound, not the zone their device happens to be set to.
 */
export function utcIsoOfDisplayTime(local: string): string | null {
  if (!dayjs(local, LOCAL_INPUT_FORMAT, true).isValid()) return null;
  return dayjs.tz(local, LOCAL_INPUT_FORMAT, DISPLAY_TIME_ZONE).toISOString();
}

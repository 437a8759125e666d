import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

/** Times are stored in UTC and shown in the community's own zone, whatever zone the staff member's device is in. */
export const DISPLAY_TIME_ZONE = 'Asia/Shanghai';
export const DISPLAY_TIME_ZONE_LABEL = '北京时间';

export function formatDateTime(iso: string): string {
  return dayjs.utc(iso).tz(DISPLAY_TIME_ZONE).format('YYYY-MM-DD HH:mm:ss');
}

import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

const SHANGHAI = 'Asia/Shanghai';
/** China has kept UTC+8 without daylight saving since 1991, so a fixed offset is an exact fallback. */
const SHANGHAI_OFFSET_MINUTES = 8 * 60;

/**
 * Formats a stored UTC instant for residents, in Beijing time. The timezone plugin needs `Intl` time-zone data,
 * which some WeChat engines lack; then the fixed offset gives the same answer.
 */
export function formatShanghaiTime(isoUtc: string, pattern = 'YYYY-MM-DD HH:mm:ss'): string {
  const instant = dayjs.utc(isoUtc);
  try {
    return instant.tz(SHANGHAI).format(pattern);
  } catch {
    return instant.utcOffset(SHANGHAI_OFFSET_MINUTES).format(pattern);
  }
}

/** China keeps one zone, UTC+8, with no daylight saving: times are stored in UTC and shown in it. */
const CHINA_OFFSET_MS = 8 * 3600_000;

function chinaParts(at: Date): { y: string; m: string; d: string; hh: string; mm: string } {
  const iso = new Date(at.getTime() + CHINA_OFFSET_MS).toISOString();
  return { y: iso.slice(0, 4), m: iso.slice(5, 7), d: iso.slice(8, 10), hh: iso.slice(11, 13), mm: iso.slice(14, 16) };
}

/** `20261122`: the calendar day in China, for day-numbered series (repair numbers). */
export function chinaDayStamp(at: Date): string {
  const { y, m, d } = chinaParts(at);
  return `${y}${m}${d}`;
}

/** `2026年11月22日 16:58`: how a message or a notice states a time (WeChat's `time` keyword format). */
export function chinaDateTime(at: Date): string {
  const { y, m, d, hh, mm } = chinaParts(at);
  return `${y}年${Number(m)}月${Number(d)}日 ${hh}:${mm}`;
}

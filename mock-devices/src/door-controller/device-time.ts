/** Door controllers in a compound run on China Standard Time and say so in every timestamp. */
const OFFSET_MINUTES = 8 * 60;
const OFFSET = '+08:00';

/** `2026-05-16T10:30:00+08:00`: the device's local time with its offset, the way ISAPI writes times. */
export function formatDeviceTime(epochMs: number): string {
  const local = new Date(epochMs + OFFSET_MINUTES * 60_000).toISOString();
  return `${local.slice(0, 19)}${OFFSET}`;
}

/** Reads an ISAPI time; one without an offset is device-local. NaN when unreadable. */
export function parseDeviceTime(text: string): number {
  const trimmed = text.trim();
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/.test(trimmed)) return Number.NaN;
  const hasZone = /(Z|[+-]\d{2}:?\d{2})$/i.test(trimmed);
  return Date.parse(hasZone ? trimmed : `${trimmed}${OFFSET}`);
}

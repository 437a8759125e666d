import { formatDateTime, formatTimeWindow, utcIsoOfDisplayTime } from './time';

test('UTC instants are shown in Beijing time, across the date line', () => {
  expect(formatDateTime('2026-11-22T05:00:00.000Z')).toBe('2026-11-22 13:00:00');
  expect(formatDateTime('2026-12-31T16:30:00Z')).toBe('2027-01-01 00:30:00');
});

test('a typed Beijing time becomes its UTC instant, across the date line, and junk becomes null', () => {
  expect(utcIsoOfDisplayTime('2026-11-22T13:00')).toBe('2026-11-22T05:00:00.000Z');
  expect(utcIsoOfDisplayTime('2027-01-01T00:30')).toBe('2026-12-31T16:30:00.000Z');
  for (const junk of ['', '2026-11-22', '2026-13-01T00:00', '2026-02-30T08:00', '2026-11-22T24:00', 'tomorrow'])
    expect(utcIsoOfDisplayTime(junk)).toBeNull();
});

test('typing a shown time back gives the instant it came from', () => {
  const iso = '2026-07-01T23:59:00.000Z';
  expect(utcIsoOfDisplayTime(formatDateTime(iso).slice(0, 16).replace(' ', 'T'))).toBe(iso);
});

test('a time window shows its day once when both ends fall on the same Beijing day', () => {
  expect(formatTimeWindow('2026-11-23T01:00:00.000Z', '2026-11-23T04:00:00.000Z')).toBe('2026-11-23 09:00–12:00');
  // 23:00 UTC is the next morning in Beijing; 15:00 UTC to 17:00 UTC crosses Beijing midnight.
  expect(formatTimeWindow('2026-11-22T23:00:00Z', '2026-11-23T01:00:00Z')).toBe('2026-11-23 07:00–09:00');
  expect(formatTimeWindow('2026-11-22T15:00:00Z', '2026-11-22T17:00:00Z')).toBe('2026-11-22 23:00 至 2026-11-23 01:00');
});

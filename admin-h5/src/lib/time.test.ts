import { formatDateTime } from './time';

test('UTC instants are shown in Beijing time, across the date line', () => {
  expect(formatDateTime('2026-11-22T05:00:00.000Z')).toBe('2026-11-22 13:00:00');
  expect(formatDateTime('2026-12-31T16:30:00Z')).toBe('2027-01-01 00:30:00');
});

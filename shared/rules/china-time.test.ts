import { chinaDateTime, chinaDayStamp } from './china-time';

test('a UTC instant is stated in China time, across midnight and year ends', () => {
  expect(chinaDateTime(new Date('2026-11-22T08:58:57.702Z'))).toBe('2026年11月22日 16:58');
  expect(chinaDayStamp(new Date('2026-11-22T15:59:59.999Z'))).toBe('20261122');
  expect(chinaDayStamp(new Date('2026-11-22T16:00:00.000Z'))).toBe('20261123');
  expect(chinaDateTime(new Date('2026-12-31T16:05:00.000Z'))).toBe('2027年1月1日 00:05');
});

import fc from 'fast-check';
import { idNumberCheckChar, isValidIdNumber } from './id-number';
import { maskIdNumber, maskName, maskPhone } from './mask';

/** Builds an ID number from parts, with its correct check character. */
function idFrom(region: string, date: Date, seq: number): string {
  const ymd = date.toISOString().slice(0, 10).replaceAll('-', '');
  const first17 = `${region}${ymd}${String(seq).padStart(3, '0')}`;
  return first17 + idNumberCheckChar(first17);
}

const arbitraryId = fc
  .record({
    region: fc.integer({ min: 110000, max: 659999 }).map(String),
    date: fc.date({
      min: new Date('1900-01-01T00:00:00Z'),
      max: new Date('2025-12-31T00:00:00Z'),
      noInvalidDate: true,
    }),
    seq: fc.integer({ min: 0, max: 999 }),
  })
  .map(({ region, date, seq }) => idFrom(region, date, seq));

test('a known valid number passes; its neighbours do not', () => {
  expect(isValidIdNumber('11010519491231002X')).toBe(true);
  expect(isValidIdNumber('110105194912310021')).toBe(false);
  expect(isValidIdNumber('11010519491231002x')).toBe(true);
});

test('every well-formed number with its check character is valid', () => {
  fc.assert(fc.property(arbitraryId, (id) => isValidIdNumber(id)));
});

test('changing any one digit of the first 17 breaks the checksum', () => {
  fc.assert(
    fc.property(arbitraryId, fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 9 }), (id, at, delta) => {
      const digit = (Number(id[at]) + delta) % 10;
      const changed = id.slice(0, at) + digit + id.slice(at + 1);
      // A changed date digit may make an impossible date: still invalid, which is what we assert.
      return !isValidIdNumber(changed);
    }),
  );
});

test('impossible dates and wrong shapes are invalid', () => {
  const feb30 = '11010519490230001';
  expect(isValidIdNumber(feb30 + idNumberCheckChar(feb30))).toBe(false);
  for (const bad of ['', '123', '11010519491231002', '1101051949123100XX', 'abcdefghijklmnopqr']) {
    expect(isValidIdNumber(bad)).toBe(false);
  }
});

test('masks keep only what staff need to recognise a person', () => {
  expect(maskIdNumber('11010519491231002X')).toBe('110***********002X');
  expect(maskPhone('13812345678')).toBe('138****5678');
  expect(maskPhone('02161234567')).toBe('*******4567');
  expect(maskName('张三')).toBe('张*');
  expect(maskName('欧阳娜娜')).toBe('欧阳**');
});

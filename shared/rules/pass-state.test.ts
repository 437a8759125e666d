import fc from 'fast-check';
import { passStateOf } from './pass-state';

const pass = {
  validFrom: '2026-11-22T02:00:00.000Z',
  validUntil: '2026-11-22T10:00:00.000Z',
  usesLeft: 1,
  revokedAt: null,
};

test('a pass opens only inside its window, with uses left, unrevoked', () => {
  expect(passStateOf(pass, new Date('2026-11-22T01:59:59.999Z'))).toBe('not_yet');
  expect(passStateOf(pass, new Date('2026-11-22T02:00:00.000Z'))).toBe('valid');
  expect(passStateOf(pass, new Date('2026-11-22T09:59:59.999Z'))).toBe('valid');
  expect(passStateOf(pass, new Date('2026-11-22T10:00:00.000Z'))).toBe('expired');
  expect(passStateOf({ ...pass, usesLeft: 0 }, new Date('2026-11-22T03:00:00.000Z'))).toBe('used_up');
});

test('revocation is the answer whatever else holds', () => {
  fc.assert(
    fc.property(fc.date({ noInvalidDate: true }), fc.integer({ min: -1, max: 50 }), (now, usesLeft) => {
      expect(passStateOf({ ...pass, usesLeft, revokedAt: '2026-11-22T03:00:00.000Z' }, now)).toBe('revoked');
    }),
  );
});

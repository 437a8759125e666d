import { visitorContract } from './visitor';

const base = {
  visitorName: '刘洋',
  doorIds: ['dev-cpd-1-gate-1'],
  validFrom: '2026-11-22T02:00:00.000Z',
  validUntil: '2026-11-22T10:00:00.000Z',
};
const create = visitorContract.actions.create.input;

test('a pass defaults to one visitor use and accepts a plate in any case', () => {
  expect(create.parse({ ...base, plate: '浙a12345' })).toMatchObject({
    kind: 'visitor',
    maxUses: 1,
    plate: '浙A12345',
  });
});

test('a pass ends after it starts and lasts at most seven days', () => {
  const issuesOf = (input: object) => create.safeParse(input).error?.issues.map((i) => i.message) ?? [];
  expect(issuesOf({ ...base, validUntil: base.validFrom })).toContain('结束时间须晚于开始时间');
  expect(issuesOf({ ...base, validUntil: '2026-11-29T02:00:00.001Z' })).toContain('通行证最长7天');
  expect(issuesOf({ ...base, validUntil: '2026-11-29T02:00:00.000Z' })).toEqual([]);
});

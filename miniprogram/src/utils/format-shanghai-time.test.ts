import { formatShanghaiTime } from './format-shanghai-time';

describe('formatShanghaiTime', () => {
  it('shows a UTC instant in Beijing time', () => {
    expect(formatShanghaiTime('2026-11-22T05:00:00.000Z')).toBe('2026-11-22 13:00:00');
  });

  it('rolls over to the next day after 16:00 UTC', () => {
    expect(formatShanghaiTime('2026-12-31T16:30:00Z', 'YYYY-MM-DD HH:mm')).toBe('2027-01-01 00:30');
  });
});

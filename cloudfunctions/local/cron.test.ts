import { Cron } from 'croner';
import { toCronerPattern } from './cron';

describe('toCronerPattern', () => {
  it('drops a * year and keeps the six other fields in order', () => {
    expect(toCronerPattern('0 */5 * * * * *')).toBe('0 */5 * * * *');
    expect(toCronerPattern('  0 15 10 * * MON-FRI *  ')).toBe('0 15 10 * * MON-FRI');
  });

  it('refuses a cron tied to a year, or with the wrong number of fields', () => {
    expect(() => toCronerPattern('0 0 2 1 * * 2030')).toThrow('year field is *');
    expect(() => toCronerPattern('0 */5 * * * *')).toThrow('needs 7 fields');
    expect(() => toCronerPattern('')).toThrow('needs 7 fields');
  });

  it('gives croner a pattern that fires when CloudBase would (UTC+8, day OR weekday)', () => {
    const at2amMonthly = new Cron(toCronerPattern('0 0 2 1 * * *'), { paused: true, timezone: 'Asia/Shanghai' });
    expect(at2amMonthly.nextRun(new Date('2026-03-15T00:00:00Z'))?.toISOString()).toBe('2026-03-31T18:00:00.000Z');
    const everyFiveMinutes = new Cron(toCronerPattern('0 */5 * * * * *'), { paused: true });
    expect(everyFiveMinutes.nextRun(new Date('2026-03-15T00:01:30Z'))?.toISOString()).toBe('2026-03-15T00:05:00.000Z');
    // CloudBase: when both day and weekday are given, either one matching is enough.
    const firstOrSunday = new Cron(toCronerPattern('0 0 0 1 * 0 *'), { paused: true, timezone: 'Asia/Shanghai' });
    expect(firstOrSunday.nextRun(new Date('2026-03-16T00:00:00+08:00'))?.toISOString()).toBe(
      '2026-03-21T16:00:00.000Z',
    );
  });
});

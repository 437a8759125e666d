import { formatDeviceTime, parseDeviceTime } from './device-time';

describe('device time', () => {
  it('writes China Standard Time with its offset and reads it back', () => {
    const at = Date.UTC(2026, 0, 31, 17, 5, 9);
    expect(formatDeviceTime(at)).toBe('2026-02-01T01:05:09+08:00');
    expect(parseDeviceTime('2026-02-01T01:05:09+08:00')).toBe(at);
    expect(parseDeviceTime('2026-02-01T01:05:09')).toBe(at);
    expect(parseDeviceTime('2026-01-31T17:05:09Z')).toBe(at);
    expect(parseDeviceTime('yesterday')).toBeNaN();
  });
});

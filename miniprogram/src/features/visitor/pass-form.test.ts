import { checkPassForm, type PassFormValues, passErrorsOf, shanghaiInstant } from './pass-form';

const NOW = new Date('2026-11-22T05:00:00.000Z'); // 13:00 in Beijing

function form(overrides: Partial<PassFormValues> = {}): PassFormValues {
  return {
    kind: 'visitor',
    visitorName: '王芳',
    phone: '',
    plate: '',
    doorIds: ['dev-cpd-1-gate-1', 'dev-cpd-1-b1-1'],
    start: null,
    hours: '24',
    maxUses: '1',
    ...overrides,
  };
}

describe('visitor pass form', () => {
  it('starts now and lasts the chosen hours, leaving out empty optional fields', () => {
    expect(checkPassForm(form(), NOW)).toEqual({
      ok: true,
      data: {
        kind: 'visitor',
        visitorName: '王芳',
        doorIds: ['dev-cpd-1-gate-1', 'dev-cpd-1-b1-1'],
        validFrom: '2026-11-22T05:00:00.000Z',
        validUntil: '2026-11-23T05:00:00.000Z',
        maxUses: 1,
      },
    });
  });

  it('takes a picked start as Beijing time, and normalises phone and plate', () => {
    const result = checkPassForm(
      form({
        kind: 'delivery',
        phone: ' 13912340009 ',
        plate: '浙a12345',
        start: { date: '2026-11-23', time: '08:30' },
        hours: '2',
        maxUses: '5',
      }),
      NOW,
    );
    expect(result).toMatchObject({
      ok: true,
      data: {
        kind: 'delivery',
        phone: '13912340009',
        plate: '浙A12345',
        validFrom: '2026-11-23T00:30:00.000Z',
        validUntil: '2026-11-23T02:30:00.000Z',
        maxUses: 5,
      },
    });
  });

  it('treats a start already past as now', () => {
    const result = checkPassForm(form({ start: { date: '2026-11-22', time: '12:59' } }), NOW);
    expect(result).toMatchObject({ ok: true, data: { validFrom: NOW.toISOString() } });
  });

  it('allows the full 7 days', () => {
    expect(checkPassForm(form({ hours: '168' }), NOW).ok).toBe(true);
  });

  it('gives each bad field its Chinese message', () => {
    const result = checkPassForm(form({ visitorName: ' ', phone: '12345', plate: 'ABC' }), NOW);
    expect(result).toEqual({
      ok: false,
      errors: { visitorName: '请填写姓名', phone: '请输入正确的手机号', plate: '车牌号格式不正确' },
    });
  });

  it('asks for at least one door, and at most ten', () => {
    expect(checkPassForm(form({ doorIds: [] }), NOW)).toEqual({
      ok: false,
      errors: { doorIds: '请至少选择一扇门' },
    });
    const eleven = Array.from({ length: 11 }, (_, i) => `door-${i}`);
    expect(checkPassForm(form({ doorIds: eleven }), NOW)).toEqual({
      ok: false,
      errors: { doorIds: '一张通行证最多10扇门' },
    });
  });

  it('refuses a start it cannot read', () => {
    expect(checkPassForm(form({ start: { date: '', time: '' } }), NOW)).toEqual({
      ok: false,
      errors: { start: '请选择生效时间' },
    });
  });

  it("maps the server's issues onto fields: the window's end onto the duration", () => {
    expect(
      passErrorsOf([
        { path: 'validUntil', message: '通行证最长7天' },
        { path: 'validFrom', message: '开始时间不正确' },
        { path: 'token', message: '不相关' },
      ]),
    ).toEqual({ hours: '通行证最长7天', start: '开始时间不正确' });
  });

  it('reads picked times as UTC+8', () => {
    expect(shanghaiInstant({ date: '2027-01-01', time: '00:30' }).toISOString()).toBe('2026-12-31T16:30:00.000Z');
  });
});

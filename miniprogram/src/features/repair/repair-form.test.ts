import { checkRepairForm, type RepairFormValues, repairErrorsOf } from './repair-form';

const NOW = new Date('2026-11-22T05:00:00.000Z'); // 13:00 in Beijing

function form(overrides: Partial<RepairFormValues> = {}): RepairFormValues {
  return {
    category: 'water_electric',
    urgency: 'normal',
    locationKind: 'room',
    place: '',
    description: '厨房水龙头一直滴水',
    photoIds: [],
    window: null,
    ...overrides,
  };
}

describe('repair form', () => {
  it('sends my own room, the description and the photos in their order', () => {
    expect(checkRepairForm(form({ photoIds: ['f-2', 'f-1'] }), NOW)).toEqual({
      ok: true,
      data: {
        category: 'water_electric',
        urgency: 'normal',
        location: { kind: 'room' },
        description: '厨房水龙头一直滴水',
        photoIds: ['f-2', 'f-1'],
      },
    });
  });

  it('names a public place, trimmed, and reads the visit window as Beijing time', () => {
    const result = checkRepairForm(
      form({
        category: 'elevator',
        urgency: 'urgent',
        locationKind: 'public',
        place: ' 3栋电梯 ',
        window: { date: '2026-11-23', from: '09:00', to: '12:00' },
      }),
      NOW,
    );
    expect(result).toMatchObject({
      ok: true,
      data: {
        urgency: 'urgent',
        location: { kind: 'public', place: '3栋电梯' },
        preferredTime: { from: '2026-11-23T01:00:00.000Z', to: '2026-11-23T04:00:00.000Z' },
      },
    });
  });

  it('asks for a category before anything else', () => {
    expect(checkRepairForm(form({ category: null, description: '' }), NOW)).toEqual({
      ok: false,
      errors: { category: '请选择报修类别' },
    });
  });

  it("gives each bad field the contract's Chinese message", () => {
    const result = checkRepairForm(form({ description: '漏水', locationKind: 'public', place: ' ' }), NOW);
    expect(result).toEqual({ ok: false, errors: { description: '请至少用5个字描述问题', place: '请写明位置' } });
  });

  it('refuses more than nine photos', () => {
    const ten = Array.from({ length: 10 }, (_, i) => `f-${i}`);
    expect(checkRepairForm(form({ photoIds: ten }), NOW)).toEqual({
      ok: false,
      errors: { photos: '最多上传9张图片' },
    });
  });

  it('refuses a window that ends before it starts, or is already over', () => {
    const backwards = checkRepairForm(form({ window: { date: '2026-11-23', from: '12:00', to: '09:00' } }), NOW);
    expect(backwards).toEqual({ ok: false, errors: { window: '结束时间须晚于开始时间' } });
    const past = checkRepairForm(form({ window: { date: '2026-11-22', from: '09:00', to: '12:00' } }), NOW);
    expect(past).toEqual({ ok: false, errors: { window: '请选择今后的时间' } });
  });

  it("maps the server's issues onto fields by the first segment of their path", () => {
    expect(
      repairErrorsOf([
        { path: 'location.place', message: '请写明位置' },
        { path: 'preferredTime.to', message: '结束时间须晚于开始时间' },
        { path: 'token', message: '不相关' },
      ]),
    ).toEqual({ place: '请写明位置', window: '结束时间须晚于开始时间' });
  });
});

import { idNumberCheckChar } from '@linli/shared';
import { checkAcceptForm, checkApplyForm, errorsOf } from './applicant-form';

const first17 = '33010819900101123';
const VALID_ID = first17 + idNumberCheckChar(first17);

describe('applicant form checks', () => {
  it('accepts a complete form and normalises the ID number', () => {
    const lower = VALID_ID.toLowerCase();
    const result = checkApplyForm({ name: '陈晨', phone: '13912340004', idNumber: ` ${lower} `, role: 'owner' });
    expect(result).toEqual({
      ok: true,
      data: { name: '陈晨', phone: '13912340004', idNumber: VALID_ID, role: 'owner' },
    });
  });

  it('gives each bad field its Chinese message', () => {
    const result = checkApplyForm({ name: '', phone: '12345', idNumber: '330108199001011230', role: null });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.name).toBe('请填写姓名');
    expect(result.errors.phone).toBe('请输入正确的手机号');
    expect(result.errors.role).toBe('请选择您的身份');
    // A wrong check digit, unless the made-up number happens to be valid.
    if (!VALID_ID.endsWith('0')) expect(result.errors.idNumber).toBe('身份证号码不正确');
  });

  it('asks for a missing ID number rather than calling it wrong', () => {
    const result = checkApplyForm({ name: '陈晨', phone: '13912340004', idNumber: '  ', role: 'tenant' });
    expect(result).toEqual({ ok: false, errors: { idNumber: '请填写身份证号码' } });
  });

  it('lets an invitation be accepted without an ID number, but checks one that is given', () => {
    expect(checkAcceptForm({ name: '李静', phone: '13912340002', idNumber: '' })).toEqual({
      ok: true,
      data: { name: '李静', phone: '13912340002', idNumber: undefined },
    });
    expect(checkAcceptForm({ name: '李静', phone: '13912340002', idNumber: '123' })).toEqual({
      ok: false,
      errors: { idNumber: '身份证号码不正确' },
    });
  });

  it('maps server issues onto fields and skips paths the form does not have', () => {
    expect(
      errorsOf([
        { path: 'phone', message: '手机号已被使用' },
        { path: 'phone', message: '第二条' },
        { path: 'roomId', message: '房屋不存在' },
      ]),
    ).toEqual({ phone: '手机号已被使用' });
  });
});

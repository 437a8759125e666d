import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createFakeCloud, FakeFailure } from '../../../../test/fake-cloud';
import { typeInto } from '../../../../test/form-input';
import { DOORS, passView, SHARE } from '../../../../test/passes';
import { taroStub } from '../../../../test/taro-stub';
import CreatePassPage from './index';

const mockCloud = createFakeCloud();
// The app's clients over the fake cloud; the visitor subpackage's own client (visitor-call) is built on them.
jest.mock('../../../services/call', () => {
  const { contracts, createClient } = jest.requireActual('@linli/shared');
  const transport = (fn: string, event: never) => mockCloud.transport(fn, event);
  const clientFor = (registry: unknown) => createClient({ contracts: registry, transport });
  return { call: createClient({ contracts, transport }), clientFor, guestClientFor: clientFor };
});

async function click(text: string) {
  await act(async () => {
    fireEvent.click(screen.getByText(text));
  });
}

async function pickDoor(doorId: string) {
  await act(async () => {
    fireEvent.click(screen.getByTestId(`pick-door-${doorId}`));
  });
}

const isTicked = (doorId: string) => screen.getByTestId(`pick-door-${doorId}`).getAttribute('aria-checked');

beforeEach(() => {
  mockCloud.reset();
  taroStub.reset();
  mockCloud.on('door.doors', () => ({ doors: DOORS }));
});

describe('creating a visitor pass', () => {
  it('offers my doors, all ticked, and checks the form before sending anything', async () => {
    render(<CreatePassPage />);
    await screen.findByTestId('pick-door-dev-cpd-1-gate-1');
    expect(DOORS.map((door) => isTicked(door.doorId))).toEqual(['true', 'true', 'true']);

    await typeInto('pass-phone', '12345');
    await typeInto('pass-plate', 'ABC');
    await click('生成通行证');

    expect(screen.getByTestId('field-pass-name-error').textContent).toBe('请填写姓名');
    expect(screen.getByTestId('field-pass-phone-error').textContent).toBe('请输入正确的手机号');
    expect(screen.getByTestId('field-pass-plate-error').textContent).toBe('车牌号格式不正确');
    expect(mockCloud.callsTo('visitor.create')).toEqual([]);
  });

  it('asks for at least one door', async () => {
    render(<CreatePassPage />);
    await screen.findByTestId('pick-door-dev-cpd-1-gate-1');
    for (const door of DOORS) await pickDoor(door.doorId);
    expect(DOORS.map((door) => isTicked(door.doorId))).toEqual(['false', 'false', 'false']);

    await typeInto('pass-name', '王芳');
    await click('生成通行证');
    expect(screen.getByTestId('field-pass-doors-error').textContent).toBe('请至少选择一扇门');
    expect(mockCloud.callsTo('visitor.create')).toEqual([]);
  });

  it('sends the pass, then shows its QR code, link and share card', async () => {
    mockCloud.on('visitor.create', () => ({ ...passView({ usesLeft: 2 }), kind: 'delivery', share: SHARE }));
    render(<CreatePassPage />);
    await screen.findByTestId('pick-door-dev-cpd-1-gate-1');

    await click('快递/外卖');
    await typeInto('pass-name', '王芳');
    await typeInto('pass-phone', '13912340009');
    await pickDoor('dev-cpd-1-gate-2'); // untick 北门
    await click('2小时');
    await click('2次');
    const before = Date.now();
    await click('生成通行证');

    await waitFor(() => expect(document.getElementById('pass-created')).not.toBeNull());
    const [sent] = mockCloud.callsTo('visitor.create') as Array<Record<string, unknown>>;
    expect(sent).toMatchObject({
      kind: 'delivery',
      visitorName: '王芳',
      phone: '13912340009',
      doorIds: ['dev-cpd-1-b1-1', 'dev-cpd-1-gate-1'],
      maxUses: 2,
    });
    expect(sent?.plate).toBeUndefined();
    const from = Date.parse(String(sent?.validFrom));
    expect(from).toBeGreaterThanOrEqual(before - 1000);
    expect(from).toBeLessThanOrEqual(Date.now());
    expect(Date.parse(String(sent?.validUntil)) - from).toBe(2 * 3_600_000);

    expect(screen.getByText('有效时间：11月22日 13:00 至 11月23日 13:00（北京时间）')).toBeTruthy();
    expect(document.getElementById('pass-link')?.textContent).toBe(SHARE.link);
    const qr = document.getElementById('pass-qr');
    expect(qr?.getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(taroStub.share?.()).toEqual({ title: '王芳，这是您的快递/外卖通行证', path: SHARE.path });
    expect(screen.getByText('复制链接')).toBeTruthy();
  });

  it("puts the server's field problems under the field", async () => {
    mockCloud.on('visitor.create', () => {
      throw new FakeFailure('VALIDATION.FAILED', '提交的内容有误，请检查后重试', [
        { path: 'validUntil', message: '通行证最长7天' },
      ]);
    });
    render(<CreatePassPage />);
    await screen.findByTestId('pick-door-dev-cpd-1-gate-1');
    await typeInto('pass-name', '王芳');
    await click('生成通行证');
    expect(await screen.findByText('通行证最长7天')).toBeTruthy();
    expect(document.getElementById('pass-created')).toBeNull();
  });

  it("shows the server's refusal that belongs to no field", async () => {
    mockCloud.on('visitor.create', () => {
      throw new FakeFailure('DOOR.NOT_ENTITLED', '您没有这扇门的通行权限');
    });
    render(<CreatePassPage />);
    await screen.findByTestId('pick-door-dev-cpd-1-gate-1');
    await typeInto('pass-name', '王芳');
    await click('生成通行证');
    expect(await screen.findByText('您没有这扇门的通行权限')).toBeTruthy();
  });

  it('offers binding when I have no approved room', async () => {
    mockCloud.on('door.doors', () => {
      throw new FakeFailure('AUTH.FORBIDDEN', '没有权限执行此操作');
    });
    render(<CreatePassPage />);
    await waitFor(() => expect(document.getElementById('no-doors')).not.toBeNull());
    expect(document.getElementById('pass-form')).toBeNull();
  });
});

import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createFakeCloud, FakeFailure } from '../../../../test/fake-cloud';
import { passView, SHARE } from '../../../../test/passes';
import { taroStub } from '../../../../test/taro-stub';
import PassListPage from './index';

const mockCloud = createFakeCloud();
// The app's clients over the fake cloud; the visitor subpackage's own client (visitor-call) is built on them.
jest.mock('../../../services/call', () => {
  const { contracts, createClient } = jest.requireActual('@linli/shared');
  const transport = (fn: string, event: never) => mockCloud.transport(fn, event);
  const clientFor = (registry: unknown) => createClient({ contracts: registry, transport });
  return { call: createClient({ contracts, transport }), clientFor, guestClientFor: clientFor };
});

const USED = {
  ...passView({ passId: 'pass-used', state: 'used_up', usesLeft: 0 }),
  visitorName: '李强',
  uses: [
    { at: '2026-11-22T06:01:00.000Z', doorName: '南门' },
    { at: '2026-11-22T06:03:00.000Z', doorName: '1栋1单元' },
  ],
  share: null,
};
const ACTIVE = { ...passView({ passId: 'pass-active', usesLeft: 1 }), uses: [], share: SHARE };

const card = (passId: string) => within(document.getElementById(`pass-${passId}`) as HTMLElement);

beforeEach(() => {
  mockCloud.reset();
  taroStub.reset();
});

describe('我发出的通行证', () => {
  it('lists my passes with state, uses left and where they were used', async () => {
    mockCloud.on('visitor.mine', () => ({ items: [ACTIVE, USED], nextCursor: null }));
    render(<PassListPage />);

    await screen.findByText('李强（访客）');
    expect(card('pass-used').getByText('已用完')).toBeTruthy();
    expect(card('pass-used').getByText('剩余次数：0 / 2')).toBeTruthy();
    expect(card('pass-used').getByText('11月22日 14:01 通过 南门')).toBeTruthy();
    expect(card('pass-used').queryByText('作废')).toBeNull();
    expect(card('pass-used').queryByText('再次分享')).toBeNull();
    expect(card('pass-active').getByText('可使用')).toBeTruthy();
    expect(card('pass-active').getByText('尚未使用')).toBeTruthy();
    expect(mockCloud.callsTo('visitor.mine')).toEqual([{ limit: 20 }]);
  });

  it('shares a usable pass again: QR code, link and the WeChat card path', async () => {
    mockCloud.on('visitor.mine', () => ({ items: [ACTIVE, USED], nextCursor: null }));
    render(<PassListPage />);
    await screen.findByText('李强（访客）');

    await act(async () => {
      fireEvent.click(card('pass-active').getByText('再次分享'));
    });
    expect(document.getElementById('pass-link')?.textContent).toBe(SHARE.link);
    expect(document.getElementById('pass-qr')?.getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(taroStub.share?.()).toEqual({ title: '王芳，这是您的访客通行证', path: SHARE.path });
  });

  it('revokes a pass after a confirm, and it can no longer be shared', async () => {
    mockCloud.on('visitor.mine', () => ({ items: [ACTIVE], nextCursor: null }));
    mockCloud.on('visitor.revoke', () => passView({ passId: 'pass-active', state: 'revoked', usesLeft: 1 }));
    render(<PassListPage />);
    await screen.findByText('王芳（访客）');

    await act(async () => {
      fireEvent.click(card('pass-active').getByText('作废'));
    });
    expect(taroStub.modals[0]?.content).toContain('确定作废「王芳」的通行证吗？');
    expect(mockCloud.callsTo('visitor.revoke')).toEqual([{ passId: 'pass-active' }]);
    await waitFor(() => expect(card('pass-active').getByText('已作废')).toBeTruthy());
    expect(card('pass-active').queryByText('作废')).toBeNull();
    expect(card('pass-active').queryByText('再次分享')).toBeNull();
  });

  it('revokes nothing when I cancel, and shows a refusal', async () => {
    mockCloud.on('visitor.mine', () => ({ items: [ACTIVE], nextCursor: null }));
    render(<PassListPage />);
    await screen.findByText('王芳（访客）');

    taroStub.confirms = false;
    await act(async () => {
      fireEvent.click(card('pass-active').getByText('作废'));
    });
    expect(mockCloud.callsTo('visitor.revoke')).toEqual([]);

    taroStub.confirms = true;
    mockCloud.on('visitor.revoke', () => {
      throw new FakeFailure('PASS.EXPIRED', '通行证已过期');
    });
    await act(async () => {
      fireEvent.click(card('pass-active').getByText('作废'));
    });
    expect(await screen.findByText('通行证已过期')).toBeTruthy();
  });

  it('loads the next page on request', async () => {
    mockCloud.on('visitor.mine', (data) =>
      (data as { cursor?: string }).cursor === 'c2'
        ? { items: [USED], nextCursor: null }
        : { items: [ACTIVE], nextCursor: 'c2' },
    );
    render(<PassListPage />);
    await screen.findByText('王芳（访客）');
    await act(async () => {
      fireEvent.click(screen.getByText('加载更多'));
    });
    expect(await screen.findByText('李强（访客）')).toBeTruthy();
    expect(mockCloud.callsTo('visitor.mine')).toEqual([{ limit: 20 }, { cursor: 'c2', limit: 20 }]);
    expect(screen.queryByText('加载更多')).toBeNull();
  });

  it('says when there is none yet, and leads to creating one', async () => {
    mockCloud.on('visitor.mine', () => ({ items: [], nextCursor: null }));
    render(<PassListPage />);
    expect(await screen.findByTestId('no-passes')).toBeTruthy();
    fireEvent.click(screen.getAllByText('给访客发通行证')[0] as HTMLElement);
    expect(taroStub.navigations).toEqual(['navigateTo /packages/visitor/create/index']);
  });
});

import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { passInfo, TOKEN } from '../../../../test/passes';
import { taroStub } from '../../../../test/taro-stub';
import { careModeStore } from '../../../care/care-mode-store';
import { SESSION_STORAGE_KEY } from '../../../services/config';
import VisitorPassPage from './index';

/**
 * No mock of the call module here: the page's real client goes through the browser transport (Taro.request), so
 * the test also sees what the visitor's browser would send, token or not.
 */
interface Sent {
  url: string;
  action: string;
  data: unknown;
  token?: string;
}
type Answer = { ok: true; data: unknown } | { ok: false; error: { code: string; message: string } };

let sent: Sent[] = [];
let answers: Record<string, (data: unknown) => Answer> = {};

function answer(route: string, reply: (data: unknown) => Answer): void {
  answers[route] = reply;
}
const ok = (data: unknown): Answer => ({ ok: true, data });
const fail = (code: string, message: string): Answer => ({ ok: false, error: { code, message } });

beforeEach(() => {
  taroStub.reset();
  careModeStore.reload();
  sent = [];
  answers = {};
  taroStub.params = { token: TOKEN };
  taroStub.respond = ({ url, data }) => {
    const event = data as { action: string; data: unknown; token?: string };
    sent.push({ url, action: event.action, data: event.data, token: event.token });
    const route = `${url.replace('/api/fn/', '')}.${event.action}`;
    const reply = answers[route]?.(event.data) ?? fail('FN.UNKNOWN_ACTION', '不支持的操作');
    return {
      statusCode: 200,
      data: reply.ok ? reply : { ok: false, error: { ...reply.error, requestId: 'test' } },
    };
  };
});

const pass = () => document.getElementById('visitor-pass') as HTMLElement;
const door = (id: string) => within(document.getElementById(`door-${id}`) as HTMLElement);

describe("the visitor's pass page", () => {
  it('shows whose pass it is and when it works, and opens a door with one tap, without any session', async () => {
    taroStub.storage.set(SESSION_STORAGE_KEY, 'stale-demo-session'); // left in this browser by someone else
    answer('visitor.info', () => ok(passInfo('valid')));
    answer('visitor.open', () => ok({ doorId: 'dev-cpd-1-gate-1', openedAt: '2026-11-22T05:06:07.000Z', usesLeft: 1 }));
    render(<VisitorPassPage />);

    await waitFor(() => expect(pass().getAttribute('data-state')).toBe('valid'));
    expect(screen.getByText('张* 邀请您来访')).toBeTruthy();
    expect(screen.getByText('有效时间：11月22日 13:00 至 11月23日 13:00（北京时间）')).toBeTruthy();
    expect(document.getElementById('pass-uses-left')?.textContent).toBe('剩余次数：2 / 2');
    expect(document.getElementById('pass-unusable')).toBeNull();

    await act(async () => {
      fireEvent.click(door('dev-cpd-1-gate-1').getByTestId('open-dev-cpd-1-gate-1'));
    });
    await waitFor(() => expect(door('dev-cpd-1-gate-1').getByText('已开门 13:06:07')).toBeTruthy());
    expect(document.getElementById('pass-uses-left')?.textContent).toBe('剩余次数：1 / 2');

    expect(sent.map(({ url, action, data }) => ({ url, action, data }))).toEqual([
      { url: '/api/fn/visitor', action: 'info', data: { token: TOKEN } },
      { url: '/api/fn/visitor', action: 'open', data: { token: TOKEN, doorId: 'dev-cpd-1-gate-1' } },
    ]);
    expect(sent.every((request) => request.token === undefined)).toBe(true);
  });

  it.each([
    ['not_yet', '通行证尚未生效', '通行证尚未生效。请在生效时间后再来开门。', '未生效'],
    ['expired', '通行证已过期', '通行证已过期。如仍需进入，请联系邀请人重新发送通行证。', '已过期'],
    ['used_up', '通行证次数已用完', '通行证次数已用完。如仍需进入，请联系邀请人重新发送通行证。', '已用完'],
    ['revoked', '通行证已被作废', '通行证已被作废。如有疑问，请联系邀请人。', '已作废'],
  ] as const)('says plainly when the pass is %s, and offers no door to tap', async (state, reason, notice, badge) => {
    answer('visitor.info', () => ok(passInfo(state, reason, state === 'used_up' ? 0 : 2)));
    render(<VisitorPassPage />);

    await waitFor(() => expect(pass().getAttribute('data-state')).toBe(state));
    expect(document.getElementById('pass-unusable')?.textContent).toBe(notice);
    expect(within(pass()).getByText(badge)).toBeTruthy();
    const buttons = within(pass()).queryAllByRole('button');
    expect(buttons.every((button) => button.getAttribute('aria-disabled') === 'true')).toBe(true);
    // A pass about to start shows its doors (greyed); one that has ended shows none.
    expect(buttons).toHaveLength(state === 'not_yet' ? 2 : 0);
    fireEvent.click(buttons[0] ?? document.body);
    expect(sent.filter((request) => request.action === 'open')).toEqual([]);
  });

  it('when a pass runs out while the visitor is at the door, says why and shows where it stands now', async () => {
    answer('visitor.info', () => ok(passInfo('valid', null, 1)));
    answer('visitor.open', () => fail('PASS.USED_UP', '通行证次数已用完'));
    render(<VisitorPassPage />);
    await waitFor(() => expect(pass().getAttribute('data-state')).toBe('valid'));

    answer('visitor.info', () => ok(passInfo('used_up', '通行证次数已用完', 0)));
    await act(async () => {
      fireEvent.click(door('dev-cpd-1-b1-1').getByTestId('open-dev-cpd-1-b1-1'));
    });
    await waitFor(() => expect(pass().getAttribute('data-state')).toBe('used_up'));
    expect(door('dev-cpd-1-b1-1').getByRole('alert').textContent).toBe('通行证次数已用完');
    expect(document.getElementById('pass-unusable')).not.toBeNull();
  });

  it('keeps 已开门 on screen after the last use, with the pass shown as used up', async () => {
    answer('visitor.info', () => ok(passInfo('valid', null, 1)));
    answer('visitor.open', () => ok({ doorId: 'dev-cpd-1-gate-1', openedAt: '2026-11-22T05:06:07.000Z', usesLeft: 0 }));
    render(<VisitorPassPage />);
    await waitFor(() => expect(pass().getAttribute('data-state')).toBe('valid'));

    answer('visitor.info', () => ok(passInfo('used_up', '通行证次数已用完', 0)));
    await act(async () => {
      fireEvent.click(door('dev-cpd-1-gate-1').getByTestId('open-dev-cpd-1-gate-1'));
    });
    await waitFor(() => expect(pass().getAttribute('data-state')).toBe('used_up'));
    expect(door('dev-cpd-1-gate-1').getByText('已开门 13:06:07')).toBeTruthy();
  });

  it("shows the server's word for a link that is not a pass, with no demo sign-in", async () => {
    answer('visitor.info', () => fail('PASS.INVALID', '通行证无效，请向邀请人确认链接'));
    render(<VisitorPassPage />);
    expect(await screen.findByText('通行证无效，请向邀请人确认链接')).toBeTruthy();
    expect(screen.queryByText('选择演示账号')).toBeNull();
    expect(screen.queryByText('重试')).toBeNull();
  });

  it('offers another try when the service could not be reached', async () => {
    answer('visitor.info', () => fail('UNAVAILABLE', '服务暂时不可用，请稍后再试'));
    render(<VisitorPassPage />);
    expect(await screen.findByText('服务暂时不可用，请稍后再试')).toBeTruthy();

    answer('visitor.info', () => ok(passInfo('valid')));
    await act(async () => {
      fireEvent.click(screen.getByText('重试'));
    });
    await waitFor(() => expect(pass().getAttribute('data-state')).toBe('valid'));
  });

  it('says the link is incomplete when it carries no token', async () => {
    taroStub.params = {};
    render(<VisitorPassPage />);
    expect(await screen.findByText('通行证链接不完整，请向邀请人重新索取')).toBeTruthy();
    expect(sent).toEqual([]);
  });

  it('renders in care mode', async () => {
    taroStub.fontSizeSetting = 24;
    careModeStore.reload();
    answer('visitor.info', () => ok(passInfo('valid')));
    render(<VisitorPassPage />);
    await waitFor(() => expect(pass().getAttribute('data-state')).toBe('valid'));
    expect(document.querySelector('[data-care-mode]')?.classList.contains('page--care')).toBe(true);
  });
});

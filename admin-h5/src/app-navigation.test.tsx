import { render, screen, waitFor, within } from '@testing-library/react';
import { App } from './app';
import { callNames, fail, ok, SCOPES, signIn, staffProfile } from './testing/fake-cloud';
import { mockTransport } from './testing/mock-transport';
import { answer, goTo, navLabels, startSignedOut, WUYE } from './testing/shell-kit';

jest.mock('./api/fetch-transport', () => jest.requireActual('./testing/mock-transport'));

// The console shell: what each role is offered, and how addresses lead to pages or to 没有权限.
beforeEach(startSignedOut);

test.each([
  [
    'admin',
    staffProfile({ roles: ['admin'], scope: SCOPES.platform }),
    ['工作台', '审核', '报修', '房屋', '居民', '门禁', '通行', '访客', '区域', '导入', '账号', '发件箱·开发'],
  ],
  ['property', WUYE, ['工作台', '审核', '报修', '房屋', '居民', '门禁', '通行', '访客', '区域', '导入', '发件箱·开发']],
  [
    'street',
    staffProfile({ roles: ['street'], scope: SCOPES.street }),
    ['工作台', '审核', '报修', '房屋', '居民', '门禁', '通行', '访客', '区域', '导入'],
  ],
  [
    'community',
    staffProfile({ roles: ['community'], scope: SCOPES.community }),
    ['工作台', '审核', '报修', '房屋', '居民', '门禁', '通行', '访客', '区域', '导入'],
  ],
  // Grid members follow who comes and goes (and may list controllers for the log's door filter); repairs are
  // dispatched by the property.
  [
    'grid',
    staffProfile({ roles: ['grid'], scope: SCOPES.community }),
    ['工作台', '房屋', '居民', '门禁', '通行', '访客', '区域'],
  ],
  // Field workers fix controllers and their own jobs, but the entry logs (who came home when) are not theirs.
  ['worker', staffProfile({ roles: ['worker'] }), ['工作台', '工单', '门禁', '区域']],
])('the navigation offers a %s only what the contracts allow', (_role, staff, expected) => {
  signIn(staff);
  answer();
  render(<App />);

  expect(navLabels()).toEqual(expected);
});

test('a page the role may not use says so instead of failing, and the nav marks nothing', () => {
  signIn(staffProfile({ roles: ['worker'] }));
  answer();
  render(<App />);

  goTo('#/staff');
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('没有权限');
  expect(callNames(mockTransport)).not.toContain('staff.list');

  goTo('#/no-such-page');
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('页面不存在');
  expect(document.activeElement).toBe(screen.getByRole('main'));
  expect(screen.getByRole('navigation', { name: '主导航' }).querySelector('[aria-current]')).toBeNull();
});

test.each([
  ['worker', '#/access-log', staffProfile({ roles: ['worker'] }), 'door.accessLog'],
  ['worker', '#/visitors', staffProfile({ roles: ['worker'] }), 'visitor.log'],
  ['worker', '#/repairs', staffProfile({ roles: ['worker'] }), 'repair.board'],
  ['worker', '#/repairs/r-1', staffProfile({ roles: ['worker'] }), 'repair.detail'],
  ['property', '#/jobs', WUYE, 'repair.jobs'],
  ['grid', '#/repairs', staffProfile({ roles: ['grid'], scope: SCOPES.community }), 'repair.board'],
  ['worker', '#/doors/devices/new', staffProfile({ roles: ['worker'] }), 'places.searchCompounds'],
  ['grid', '#/doors/devices/dev-1', staffProfile({ roles: ['grid'], scope: SCOPES.community }), 'door.device'],
])('a %s opening %s by its address is told 没有权限 and nothing is called', (_role, hash, staff, action) => {
  signIn(staff);
  answer();
  render(<App />);

  goTo(hash);
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('没有权限');
  expect(callNames(mockTransport)).not.toContain(action);
});

test('the door pages open from the navigation under their full titles', async () => {
  signIn(WUYE);
  answer({
    'door.devices': ok({ devices: [] }),
    'door.accessLog': ok({ items: [], nextCursor: null }),
    'visitor.log': ok({ items: [], nextCursor: null }),
  });
  render(<App />);

  for (const [label, title, empty] of [
    ['门禁', '门禁设备', '这里还没有门禁设备。'],
    ['通行', '通行记录', '还没有通行记录。'],
    ['访客', '访客记录', '还没有访客通行记录。'],
  ] as const) {
    const link = within(screen.getByRole('navigation', { name: '主导航' })).getByRole('link', { name: label });
    goTo(link.getAttribute('href') ?? '');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(title);
    expect(document.title).toBe(`${title} · 邻里·物业管理后台`);
    expect(link.getAttribute('aria-current')).toBe('page');
    expect(await screen.findByText(empty)).toBeTruthy();
  }
});

test('添加设备 opens the device form under 门禁, and a card’s 编辑 opens that controller', async () => {
  signIn(WUYE);
  answer({
    'door.devices': ok({
      devices: [
        {
          deviceId: 'dev-1',
          name: '小区大门',
          vendor: 'hikvision',
          placeLabel: '阳光花园',
          doors: [{ doorId: 'dev-1-1', doorNo: 1, name: '南门' }],
          isOnline: true,
          lastSeenAt: null,
          lastLatencyMs: null,
          lastProblem: null,
        },
      ],
    }),
    'door.device': ok({
      device: {
        deviceId: 'dev-1',
        vendor: 'hikvision',
        name: '小区大门',
        compoundId: 'cpd-1',
        compoundLabel: '阳光花园',
        baseUrl: 'http://10.0.0.2',
        username: 'admin',
        doors: [{ doorNo: 1, name: '南门' }],
      },
    }),
    'places.searchCompounds': ok({ items: [] }),
    'places.children': ok({ parent: null, items: [] }),
  });
  render(<App />);
  goTo('#/doors');

  goTo((await screen.findByRole('link', { name: '添加设备' })).getAttribute('href') ?? '');
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('添加门禁设备');
  expect(document.title).toBe('添加门禁设备 · 邻里·物业管理后台');
  const nav = screen.getByRole('navigation', { name: '主导航' });
  expect(within(nav).getByRole('link', { name: '门禁' }).getAttribute('aria-current')).toBe('page');

  goTo('#/doors');
  goTo((await screen.findByRole('link', { name: /^编辑/ })).getAttribute('href') ?? '');
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('编辑门禁设备');
  await waitFor(() => expect(screen.getByLabelText('设备名称')).toHaveProperty('value', '小区大门'));
  expect(callNames(mockTransport)).toContain('door.device');
});

test('报修 opens the dispatch board, and stays marked on a repair opened from it', async () => {
  signIn(WUYE);
  answer({
    'repair.board': ok({
      items: [],
      nextCursor: null,
      counts: {
        submitted: 0,
        reopened: 0,
        assigned: 0,
        in_progress: 0,
        resolved: 0,
        confirmed: 0,
        cancelled: 0,
        merged: 0,
      },
      overdue: 0,
    }),
    'repair.detail': fail('REPAIR.NOT_FOUND'),
  });
  render(<App />);
  const link = within(screen.getByRole('navigation', { name: '主导航' })).getByRole('link', { name: '报修' });

  goTo(link.getAttribute('href') ?? '');
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('报修派单');
  expect(document.title).toBe('报修派单 · 邻里·物业管理后台');
  expect(await screen.findByText('没有待派单的报修。')).toBeTruthy();

  goTo('#/repairs/r-404');
  expect(document.title).toBe('报修详情 · 邻里·物业管理后台');
  expect(link.getAttribute('aria-current')).toBe('page');
  expect((await screen.findByRole('alert')).textContent).toContain('报修单不存在或您无权查看');
});

test('a worker’s 工单 opens 我的工单 and a job under it', async () => {
  signIn(staffProfile({ roles: ['worker'], name: '李师傅' }));
  answer({
    'repair.jobs': ok({ items: [], nextCursor: null }),
    'repair.myDuty': () => new Promise(() => {}),
    'repair.detail': fail('REPAIR.NOT_ASSIGNEE'),
  });
  render(<App />);
  const link = within(screen.getByRole('navigation', { name: '主导航' })).getByRole('link', { name: '工单' });

  goTo(link.getAttribute('href') ?? '');
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('我的工单');
  expect(await screen.findByText('手上没有待处理的工单。')).toBeTruthy();

  goTo('#/jobs/r-9');
  expect(link.getAttribute('aria-current')).toBe('page');
  expect((await screen.findByRole('alert')).textContent).toContain('这不是派给您的工单');
  expect(screen.getByRole('link', { name: '← 我的工单' })).toBeTruthy();
});

test('发件箱·开发 opens the dev outbox for the property; a community manager is refused it by address', async () => {
  const fetchOutbox = jest.fn(async () => ({ status: 404, json: async () => ({}) }));
  Object.defineProperty(globalThis, 'fetch', { value: fetchOutbox, configurable: true, writable: true });
  signIn(WUYE);
  answer();
  const { unmount } = render(<App />);
  const link = within(screen.getByRole('navigation', { name: '主导航' })).getByRole('link', { name: '发件箱·开发' });

  goTo(link.getAttribute('href') ?? '');
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('消息发件箱（开发）');
  expect(document.title).toBe('消息发件箱（开发） · 邻里·物业管理后台');
  expect(await screen.findByText(/只在以开发模式运行的本地云中提供/)).toBeTruthy();
  expect(fetchOutbox).toHaveBeenCalledTimes(1);
  unmount();

  signIn(staffProfile({ roles: ['community'], scope: SCOPES.community }));
  render(<App />);
  goTo('#/dev/outbox');
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('没有权限');
  expect(fetchOutbox).toHaveBeenCalledTimes(1);
});

test('the scope switcher appears above compound level only', () => {
  signIn(staffProfile({ roles: ['community'], scope: SCOPES.community }));
  answer();
  const { unmount } = render(<App />);
  expect(screen.getByText('江南社区（全部）')).toBeTruthy();
  expect(screen.getByRole('button', { name: '切换范围' })).toBeTruthy();
  unmount();

  signIn(WUYE);
  render(<App />);
  expect(screen.queryByRole('button', { name: '切换范围' })).toBeNull();
});

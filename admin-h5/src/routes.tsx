import {
  doorContract,
  membershipContract,
  placesContract,
  type Role,
  repairContract,
  residentsContract,
  STAFF_ROLES,
  staffContract,
  visitorContract,
} from '@linli/shared';
import type { ReactNode } from 'react';
import type { StaffSession } from './api/session';
import { ApprovalsPage } from './features/approvals/approvals-page';
import { ChangePasswordPage } from './features/auth/change-password-page';
import { DashboardPage } from './features/dashboard/dashboard-page';
import { DevOutboxPage } from './features/dev-outbox/dev-outbox-page';
import { AccessLogPage } from './features/doors/access-log-page';
import { DeviceFormPage } from './features/doors/device-form-page';
import { DevicesPage } from './features/doors/devices-page';
import { ImportPage } from './features/import/import-page';
import { PlacesPage } from './features/places/places-page';
import { JobsPage } from './features/repairs/jobs-page';
import { RepairBoardPage } from './features/repairs/repair-board-page';
import { RepairDetailPage } from './features/repairs/repair-detail-page';
import { ResidentsPage } from './features/residents/residents-page';
import { RoomsPage } from './features/rooms/rooms-page';
import { StaffPage } from './features/staff/staff-page';
import { VisitorLogPage } from './features/visitors/visitor-log-page';
import type { NavIconName } from './layout/nav-icon';
import type { RouteParams } from './router/match-path';

export interface PageContext {
  params: RouteParams;
  session: StaffSession;
}

export interface AppRoute {
  path: string;
  /** Page title: the document title and the navigation label. */
  title: string;
  /**
   * Present when the page has an entry in the navigation; detail pages have none. `label` is a shorter name for
   * the phone tab bar, where each entry has room for about two characters.
   */
  nav?: { icon: NavIconName; label?: string };
  /**
   * Who may open the page: the roles of the contract action the page is built on, the same list the server
   * enforces. Absent: every signed-in staff member.
   */
  access?: readonly Role[];
  render: (context: PageContext) => ReactNode;
}

const withinOf = (session: StaffSession) => session.within?.placeId ?? null;

/** Every page of the console. A feature appears here, and in the navigation, only once it exists. */
export const ROUTES: readonly AppRoute[] = [
  {
    path: '/',
    title: '工作台',
    nav: { icon: 'dashboard' },
    render: ({ session }) => <DashboardPage staff={session.staff} withinId={withinOf(session)} />,
  },
  {
    path: '/approvals',
    title: '审核',
    nav: { icon: 'approvals' },
    access: membershipContract.actions.queue.roles,
    render: ({ session }) => <ApprovalsPage withinId={withinOf(session)} />,
  },
  {
    path: '/repairs',
    title: '报修派单',
    nav: { icon: 'repairs', label: '报修' },
    access: repairContract.actions.board.roles,
    render: ({ session }) => <RepairBoardPage withinId={withinOf(session)} />,
  },
  {
    path: '/repairs/:repairId',
    title: '报修详情',
    // Reached from the board; a worker's own jobs open under /jobs.
    access: repairContract.actions.board.roles,
    render: ({ params, session }) => (
      <RepairDetailPage
        key={params.repairId}
        repairId={params.repairId ?? ''}
        withinId={withinOf(session)}
        back={{ path: '/repairs', label: '报修派单' }}
      />
    ),
  },
  {
    path: '/jobs',
    title: '我的工单',
    nav: { icon: 'jobs', label: '工单' },
    access: repairContract.actions.jobs.roles,
    render: () => <JobsPage />,
  },
  {
    path: '/jobs/:repairId',
    title: '工单详情',
    access: repairContract.actions.jobs.roles,
    render: ({ params, session }) => (
      <RepairDetailPage
        key={params.repairId}
        repairId={params.repairId ?? ''}
        withinId={withinOf(session)}
        back={{ path: '/jobs', label: '我的工单' }}
      />
    ),
  },
  {
    path: '/rooms',
    title: '房屋',
    nav: { icon: 'rooms' },
    access: placesContract.actions.rooms.roles,
    render: ({ session }) => <RoomsPage withinId={withinOf(session)} />,
  },
  {
    path: '/residents',
    title: '居民',
    nav: { icon: 'residents' },
    access: residentsContract.actions.list.roles,
    render: ({ session }) => <ResidentsPage withinId={withinOf(session)} staff={session.staff} />,
  },
  {
    path: '/doors',
    title: '门禁设备',
    nav: { icon: 'devices', label: '门禁' },
    access: doorContract.actions.devices.roles,
    render: ({ session }) => <DevicesPage withinId={withinOf(session)} staff={session.staff} />,
  },
  {
    path: '/doors/devices/new',
    title: '添加门禁设备',
    access: doorContract.actions.saveDevice.roles,
    render: () => <DeviceFormPage deviceId={null} />,
  },
  {
    path: '/doors/devices/:deviceId',
    title: '编辑门禁设备',
    // The form reads the registration (door.device) and saves it (door.saveDevice); both are for managers.
    access: doorContract.actions.saveDevice.roles.filter((role) => doorContract.actions.device.roles.includes(role)),
    render: ({ params }) => <DeviceFormPage key={params.deviceId} deviceId={params.deviceId ?? null} />,
  },
  {
    path: '/access-log',
    title: '通行记录',
    nav: { icon: 'accessLog', label: '通行' },
    access: doorContract.actions.accessLog.roles,
    // Keyed by scope: a door picked in one compound means nothing in the next, so the filters start over.
    render: ({ session }) => (
      <AccessLogPage key={withinOf(session) ?? ''} withinId={withinOf(session)} staff={session.staff} />
    ),
  },
  {
    path: '/visitors',
    title: '访客记录',
    nav: { icon: 'visitors', label: '访客' },
    access: visitorContract.actions.log.roles,
    render: ({ session }) => <VisitorLogPage withinId={withinOf(session)} />,
  },
  {
    path: '/places',
    title: '区域',
    nav: { icon: 'places' },
    // Residents may browse compounds too; the console's page is for staff.
    access: placesContract.actions.children.roles.filter((role) => (STAFF_ROLES as readonly Role[]).includes(role)),
    render: ({ session }) => <PlacesPage staff={session.staff} />,
  },
  {
    path: '/import',
    title: '导入',
    nav: { icon: 'import' },
    access: placesContract.actions.importRegister.roles,
    render: () => <ImportPage />,
  },
  {
    path: '/staff',
    title: '账号',
    nav: { icon: 'staff' },
    access: staffContract.actions.list.roles,
    render: ({ session }) => <StaffPage staff={session.staff} />,
  },
  {
    path: '/dev/outbox',
    title: '消息发件箱（开发）',
    nav: { icon: 'outbox', label: '发件箱·开发' },
    // Not a function of the product: a local dev-cloud page for those who set up and try the service. It lists
    // every recipient's messages whatever the caller's scope, so only the platform admin and the property see it.
    access: ['admin', 'property'],
    render: () => <DevOutboxPage />,
  },
  { path: '/password', title: '修改密码', render: () => <ChangePasswordPage /> },
];

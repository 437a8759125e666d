import {
  membershipContract,
  placesContract,
  type Role,
  residentsContract,
  STAFF_ROLES,
  staffContract,
} from '@linli/shared';
import type { ReactNode } from 'react';
import type { StaffSession } from './api/session';
import { ApprovalsPage } from './features/approvals/approvals-page';
import { ChangePasswordPage } from './features/auth/change-password-page';
import { DashboardPage } from './features/dashboard/dashboard-page';
import { ImportPage } from './features/import/import-page';
import { PlacesPage } from './features/places/places-page';
import { ResidentsPage } from './features/residents/residents-page';
import { RoomsPage } from './features/rooms/rooms-page';
import { StaffPage } from './features/staff/staff-page';
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
  /** Present when the page has an entry in the navigation; detail pages have none. */
  nav?: { icon: NavIconName };
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
    render: ({ session }) => <DashboardPage staff={session.staff} />,
  },
  {
    path: '/approvals',
    title: '审核',
    nav: { icon: 'approvals' },
    access: membershipContract.actions.queue.roles,
    render: ({ session }) => <ApprovalsPage withinId={withinOf(session)} />,
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
  { path: '/password', title: '修改密码', render: () => <ChangePasswordPage /> },
];

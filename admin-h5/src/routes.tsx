import type { ReactNode } from 'react';
import { DashboardPage } from './features/dashboard/dashboard-page';
import type { NavIconName } from './layout/nav-icon';
import type { RouteParams } from './router/match-path';

export interface AppRoute {
  path: string;
  /** Page title: the document title and the navigation label. */
  title: string;
  /** Present when the page has an entry in the navigation; detail pages have none. */
  nav?: { icon: NavIconName };
  render: (params: RouteParams) => ReactNode;
}

/** Every page of the console. A feature appears here, and in the navigation, only once it exists. */
export const ROUTES: readonly AppRoute[] = [
  { path: '/', title: '工作台', nav: { icon: 'dashboard' }, render: () => <DashboardPage /> },
];

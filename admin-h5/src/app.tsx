import { useEffect } from 'react';
import { NotFoundPage } from './features/not-found/not-found-page';
import { AppShell } from './layout/app-shell';
import type { NavItem } from './layout/nav-bar';
import { usePath } from './router/hash-location';
import { resolveRoute } from './router/resolve-route';
import { ROUTES } from './routes';
import { ErrorBoundary } from './ui/error-boundary';

const APP_TITLE = '邻里·物业管理后台';

const NAV_ITEMS: readonly NavItem[] = ROUTES.flatMap((route) =>
  route.nav ? [{ path: route.path, title: route.title, icon: route.nav.icon }] : [],
);

export function App() {
  const path = usePath();
  const match = resolveRoute(ROUTES, path);
  const title = match ? match.route.title : '页面不存在';

  useEffect(() => {
    document.title = `${title} · ${APP_TITLE}`;
  }, [title]);

  return (
    <AppShell navItems={NAV_ITEMS} currentPath={path}>
      <ErrorBoundary key={path}>{match ? match.route.render(match.params) : <NotFoundPage />}</ErrorBoundary>
    </AppShell>
  );
}

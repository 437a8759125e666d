import { type ReactNode, useEffect } from 'react';
import { canUse } from './api/access';
import { type StaffSession, useSession } from './api/session';
import { LoginPage } from './features/auth/login-page';
import { useProfileRefresh } from './features/auth/use-profile-refresh';
import { ForbiddenPage } from './features/not-found/forbidden-page';
import { NotFoundPage } from './features/not-found/not-found-page';
import { AppShell } from './layout/app-shell';
import type { NavItem } from './layout/nav-bar';
import { currentQuery, replacePath, usePath } from './router/hash-location';
import { resolveRoute } from './router/resolve-route';
import { ROUTES } from './routes';
import { ErrorBoundary } from './ui/error-boundary';

const APP_TITLE = '邻里·物业管理后台';
export const LOGIN_PATH = '/login';

function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · ${APP_TITLE}`;
  }, [title]);
}

/** Where to go after signing in: the page that sent the person to login, never an outside or login URL. */
function nextPathAfterLogin(): string {
  const next = currentQuery().get('next');
  return next?.startsWith('/') && !next.startsWith('//') && next !== LOGIN_PATH ? next : '/';
}

/**
 * Signed out, every path shows the login page (and the URL says /login, remembering where the person was going);
 * signed in, /login moves on to that page. An expired session clears itself from the API client, which lands here.
 */
export function App() {
  const session = useSession();
  const path = usePath();
  const isLoginPath = path === LOGIN_PATH;

  useEffect(() => {
    if (!session && !isLoginPath) {
      replacePath(path === '/' ? LOGIN_PATH : `${LOGIN_PATH}?next=${encodeURIComponent(path)}`);
    } else if (session && isLoginPath) {
      replacePath(nextPathAfterLogin());
    }
  }, [session, isLoginPath, path]);

  if (!session) return <SignedOut />;
  if (isLoginPath) return null;
  return <SignedIn session={session} path={path} />;
}

function SignedOut() {
  useDocumentTitle('登录');
  return <LoginPage />;
}

function SignedIn({ session, path }: { session: StaffSession; path: string }) {
  useProfileRefresh(session.token);
  const roles = session.staff.roles;
  const navItems: NavItem[] = ROUTES.flatMap((route) =>
    route.nav && canUse(roles, route.access)
      ? [{ path: route.path, title: route.nav.label ?? route.title, icon: route.nav.icon }]
      : [],
  );
  const match = resolveRoute(ROUTES, path);
  const isAllowed = match !== null && canUse(roles, match.route.access);
  useDocumentTitle(match ? match.route.title : '页面不存在');

  let page: ReactNode = <NotFoundPage />;
  if (match && !isAllowed) page = <ForbiddenPage />;
  else if (match) page = match.route.render({ params: match.params, session });

  return (
    <AppShell session={session} navItems={navItems} currentPath={path}>
      <ErrorBoundary key={path}>{page}</ErrorBoundary>
    </AppShell>
  );
}

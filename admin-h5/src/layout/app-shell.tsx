import { CallError } from '@linli/shared';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { call } from '../api/call';
import { clearSession, type StaffSession } from '../api/session';
import { canNarrowScope } from '../lib/staff-labels';
import './app-shell.css';
import { NavBar, type NavItem } from './nav-bar';
import { ScopeBar } from './scope-bar';
import { TopBar } from './top-bar';

interface AppShellProps {
  session: StaffSession;
  navItems: readonly NavItem[];
  currentPath: string;
  children: ReactNode;
}

/** Landmarks every signed-in page shares: banner (who, scope), main navigation and the page itself. */
export function AppShell({ session, navItems, currentPath, children }: AppShellProps) {
  const main = useRef<HTMLElement>(null);
  const shownPath = useRef(currentPath);
  const [isLoggingOut, setLoggingOut] = useState(false);
  const canNarrow = canNarrowScope(session.staff.scope);

  // After in-app navigation, move focus to the new page so keyboard and screen-reader users start at its top,
  // as they would after a full page load. The initial load keeps the browser's default focus.
  useEffect(() => {
    if (shownPath.current === currentPath) return;
    shownPath.current = currentPath;
    main.current?.focus();
  }, [currentPath]);

  // A button rather than `<a href="#main">`: the hash belongs to the router, so skipping focuses the region itself.
  const onSkip = () => main.current?.focus();

  // The token is revoked on the server first; if that fails (offline), the local session still ends: the person
  // asked to leave, and the token expires on its own.
  const onLogout = () => {
    setLoggingOut(true);
    call('auth', 'logout', {})
      .catch((error: unknown) => {
        if (!(error instanceof CallError)) console.error('logout failed', error);
      })
      .finally(() => clearSession());
  };

  return (
    <div className={canNarrow ? 'app-shell app-shell--scoped' : 'app-shell'}>
      <button type="button" className="skip-link" onClick={onSkip}>
        跳到主要内容
      </button>
      <header className="app-shell__header">
        <TopBar staff={session.staff} onLogout={onLogout} isLoggingOut={isLoggingOut} />
        {canNarrow ? <ScopeBar staff={session.staff} within={session.within} /> : null}
      </header>
      <NavBar items={navItems} currentPath={currentPath} />
      <main id="main" className="app-shell__main" ref={main} tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}

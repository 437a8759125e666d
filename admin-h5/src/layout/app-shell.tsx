import { type ReactNode, useEffect, useRef } from 'react';
import './app-shell.css';
import { NavBar, type NavItem } from './nav-bar';
import { TopBar } from './top-bar';

interface AppShellProps {
  navItems: readonly NavItem[];
  currentPath: string;
  children: ReactNode;
}

/** Landmarks every page shares: banner, main navigation and the page itself. */
export function AppShell({ navItems, currentPath, children }: AppShellProps) {
  const main = useRef<HTMLElement>(null);
  const shownPath = useRef(currentPath);

  // After in-app navigation, move focus to the new page so keyboard and screen-reader users start at its top,
  // as they would after a full page load. The initial load keeps the browser's default focus.
  useEffect(() => {
    if (shownPath.current === currentPath) return;
    shownPath.current = currentPath;
    main.current?.focus();
  }, [currentPath]);

  // A button rather than `<a href="#main">`: the hash belongs to the router, so skipping focuses the region itself.
  const onSkip = () => main.current?.focus();

  return (
    <div className="app-shell">
      <button type="button" className="skip-link" onClick={onSkip}>
        跳到主要内容
      </button>
      <TopBar />
      <NavBar items={navItems} currentPath={currentPath} />
      <main id="main" className="app-shell__main" ref={main} tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}

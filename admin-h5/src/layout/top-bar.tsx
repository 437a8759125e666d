import type { ReactNode } from 'react';
import { hrefOf } from '../router/hash-location';

/** The brand and, once login exists, the signed-in staff member's scope and account actions (`actions`). */
export function TopBar({ actions }: { actions?: ReactNode }) {
  return (
    <header className="top-bar">
      <a className="top-bar__brand" href={hrefOf('/')}>
        邻里 · 管理后台
      </a>
      {actions ? <div className="top-bar__actions">{actions}</div> : null}
    </header>
  );
}

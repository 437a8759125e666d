import type { StaffProfile } from '@linli/shared';
import { roleLabelsOf, scopeLabelOf } from '../lib/staff-labels';
import { hrefOf } from '../router/hash-location';

interface TopBarProps {
  staff: StaffProfile;
  onLogout: () => void;
  isLoggingOut: boolean;
}

/** The brand, who is signed in (name, role, scope) and the account actions. */
export function TopBar({ staff, onLogout, isLoggingOut }: TopBarProps) {
  return (
    <div className="top-bar">
      <a className="top-bar__brand" href={hrefOf('/')}>
        {/* An inline wrapper: as a flex item the suffix would lose its leading space. */}
        <span>
          邻里<span className="top-bar__brand-suffix"> · 管理后台</span>
        </span>
      </a>
      <p className="top-bar__who">
        <span className="top-bar__name">{staff.name}</span>
        <span className="top-bar__role">
          {roleLabelsOf(staff.roles)} · {scopeLabelOf(staff.scope)}
        </span>
      </p>
      {/* On phones 修改密码 lives on the 工作台 account card; the bar keeps room for the name. */}
      <a className="top-bar__link" href={hrefOf('/password')}>
        修改密码
      </a>
      <button
        type="button"
        className="button button--secondary button--small top-bar__logout"
        onClick={onLogout}
        disabled={isLoggingOut}
      >
        退出登录
      </button>
    </div>
  );
}

import { hrefOf } from '../router/hash-location';
import { NavIcon, type NavIconName } from './nav-icon';

export interface NavItem {
  path: string;
  title: string;
  icon: NavIconName;
}

/** Attached to the current page's tab only, so React calls it whenever another tab becomes current. */
function bringIntoView(link: HTMLAnchorElement | null): void {
  // jsdom has no scrollIntoView; browsers all do.
  link?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
}

/** A section stays highlighted on its detail pages (`/approvals/42` under `/approvals`). */
export function isActive(itemPath: string, currentPath: string): boolean {
  if (itemPath === '/') return currentPath === '/';
  return currentPath === itemPath || currentPath.startsWith(`${itemPath}/`);
}

/**
 * Bottom tab bar on phones, side navigation on a desk; the layout switch is pure CSS. A manager's tabs outgrow a
 * phone's width, so the bar scrolls sideways and brings the current page's tab into view.
 */
export function NavBar({ items, currentPath }: { items: readonly NavItem[]; currentPath: string }) {
  return (
    <nav className="nav-bar" aria-label="主导航">
      <ul className="nav-bar__list">
        {items.map((item) => {
          const active = isActive(item.path, currentPath);
          return (
            <li key={item.path} className="nav-bar__item">
              <a
                className="nav-bar__link"
                href={hrefOf(item.path)}
                aria-current={active ? 'page' : undefined}
                ref={active ? bringIntoView : undefined}
              >
                <NavIcon name={item.icon} />
                <span className="nav-bar__label">{item.title}</span>
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

import './places.css';
import type { TrailStep } from './place-trail';

interface BreadcrumbProps {
  steps: readonly TrailStep[];
  /** Platform admins start above every district; their first crumb is the whole platform. */
  hasPlatformRoot: boolean;
  onGoTo: (index: number) => void;
  label?: string;
}

/** Where the browser stands; every crumb but the last goes back up. */
export function Breadcrumb({ steps, hasPlatformRoot, onGoTo, label = '当前位置' }: BreadcrumbProps) {
  const crumbs = [
    ...(hasPlatformRoot ? [{ name: '全部区域', index: -1 }] : []),
    ...steps.map((s, i) => ({ name: s.name, index: i })),
  ];
  return (
    <nav className="breadcrumb" aria-label={label}>
      <ol className="breadcrumb__list">
        {crumbs.map((crumb, position) => {
          const isLast = position === crumbs.length - 1;
          return (
            <li key={`${crumb.index}`} className="breadcrumb__item">
              {isLast ? (
                <span aria-current="location">{crumb.name}</span>
              ) : (
                <button type="button" className="link-button" onClick={() => onGoTo(crumb.index)}>
                  {crumb.name}
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

import type { PlaceKind, StaffProfile } from '@linli/shared';
import { ErrorNotice } from '../../ui/error-notice';
import { Breadcrumb } from './breadcrumb';
import { PlaceButton } from './place-button';
import { usePlaceTrail } from './place-trail';
import { useChildren } from './use-children';

export interface PickedPlace {
  placeId: string;
  label: string;
  /** The node's level, when known (the scope root is known only by id and label). */
  kind: PlaceKind | null;
}

interface PlaceBrowserProps {
  /** Whose hierarchy is browsed: the signed-in staff member's scope bounds it. */
  scope: StaffProfile['scope'];
  /** Offered at the platform's top (platform admins only): what choosing "everything" means here. */
  platformChoice?: string;
  onPick: (place: PickedPlace | null) => void;
}

/**
 * Picks one node of the hierarchy (never a single room) by browsing down from the caller's scope: open a node to
 * see its children, choose the one you stand on.
 */
export function PlaceBrowser({ scope, platformChoice, onPick }: PlaceBrowserProps) {
  const trail = usePlaceTrail(scope);
  const { state, retry } = useChildren(trail.openId);
  const current = trail.steps.at(-1);
  const children = state.status === 'success' ? state.data.items.filter((item) => item.kind !== 'room') : [];

  return (
    <div className="place-browser">
      <Breadcrumb steps={trail.steps} hasPlatformRoot={scope === null} onGoTo={trail.goTo} label="选择位置" />
      {current ? (
        <button
          type="button"
          className="button"
          data-autofocus
          onClick={() => onPick({ placeId: current.placeId, label: current.label, kind: current.kind })}
        >
          选择「{current.label}」
        </button>
      ) : platformChoice ? (
        <button type="button" className="button" data-autofocus onClick={() => onPick(null)}>
          {platformChoice}
        </button>
      ) : null}
      {state.status === 'loading' ? <p role="status">正在加载…</p> : null}
      {state.status === 'error' ? <ErrorNotice error={state.error} onRetry={retry} /> : null}
      {state.status === 'success' && children.length === 0 ? <p className="empty">没有更下一级的区域了。</p> : null}
      {children.length > 0 ? (
        <ul className="place-list place-list--compact" aria-label="下级区域">
          {children.map((place) => (
            <li key={place._id}>
              <PlaceButton place={place} onEnter={trail.enter} />
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

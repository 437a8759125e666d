import type { StaffProfile } from '@linli/shared';
import { useState } from 'react';
import { setWithin, type Within } from '../api/session';
import { PlacePicker } from '../features/places/place-picker';
import { scopeLabelOf } from '../lib/staff-labels';

interface ScopeBarProps {
  staff: StaffProfile;
  within: Within | null;
}

/**
 * The scope switcher, for staff overseeing more than one compound: narrows the lists (审核, 报修, 房屋, 居民, 门禁,
 * 通行, 访客) to one node within their scope (kept in the session, so it survives a reload), and 全部 goes back to the
 * whole scope.
 */
export function ScopeBar({ staff, within }: ScopeBarProps) {
  const [isPicking, setPicking] = useState(false);
  return (
    <div className="scope-bar">
      <p className="scope-bar__current">
        <span className="scope-bar__label">查看范围</span>
        <strong>{within ? within.label : `${scopeLabelOf(staff.scope)}（全部）`}</strong>
      </p>
      <div className="scope-bar__actions">
        {within ? (
          <button type="button" className="button button--secondary button--small" onClick={() => setWithin(null)}>
            全部
          </button>
        ) : null}
        <button type="button" className="button button--small" onClick={() => setPicking(true)}>
          切换范围
        </button>
      </div>
      {isPicking ? (
        <PlacePicker
          title="切换查看范围"
          scope={staff.scope}
          platformChoice="查看全部"
          onClose={() => setPicking(false)}
          onPick={(place) => {
            // Choosing one's own scope node is the same as 全部; keep one way of saying it.
            const isNarrower = place !== null && place.placeId !== staff.scope?.placeId;
            setWithin(isNarrower ? { placeId: place.placeId, label: place.label } : null);
            setPicking(false);
          }}
        />
      ) : null}
    </div>
  );
}

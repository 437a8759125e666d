import type { PlaceView, StaffProfile } from '@linli/shared';
import { useCallback, useState } from 'react';

/** One step of the breadcrumb: a node the staff member has opened. */
export interface TrailStep {
  placeId: string;
  name: string;
  /** Full label ("阳光花园 1栋"), to show a chosen node out of context. */
  label: string;
  kind: PlaceView['kind'] | null;
}

export interface PlaceTrail {
  /** From the staff member's scope node (or the platform's top, for platform admins) down to the open node. */
  steps: TrailStep[];
  /** The open node's id; null at the platform's top, whose children are the districts. */
  openId: string | null;
  enter: (place: Pick<PlaceView, '_id' | 'name' | 'label' | 'kind'>) => void;
  /** Back to a step of the breadcrumb (-1 for the platform's top). */
  goTo: (index: number) => void;
}

/**
 * Browsing starts at the staff member's own scope node: the server would refuse anything above it, and listing
 * one lone node before its children is a wasted tap.
 */
export function rootStepsOf(scope: StaffProfile['scope']): TrailStep[] {
  return scope ? [{ placeId: scope.placeId, name: scope.label, label: scope.label, kind: null }] : [];
}

export function usePlaceTrail(scope: StaffProfile['scope']): PlaceTrail {
  const [steps, setSteps] = useState<TrailStep[]>(() => rootStepsOf(scope));
  const enter = useCallback((place: Pick<PlaceView, '_id' | 'name' | 'label' | 'kind'>) => {
    setSteps((current) => [...current, { placeId: place._id, name: place.name, label: place.label, kind: place.kind }]);
  }, []);
  const goTo = useCallback(
    (index: number) => {
      setSteps((current) => {
        const floor = rootStepsOf(scope).length - 1;
        return current.slice(0, Math.max(index, floor) + 1);
      });
    },
    [scope],
  );
  return { steps, openId: steps.at(-1)?.placeId ?? null, enter, goTo };
}

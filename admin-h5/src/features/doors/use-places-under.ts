import type { PlaceKind, PlaceView } from '@linli/shared';
import { useCallback } from 'react';
import { call } from '../../api/call';
import { useRequest } from '../../api/use-request';

const NONE: PlaceView[] = [];

/**
 * The `kind` places right under `parentId` (a compound's buildings, a building's units), for a select; nothing is
 * read while no parent is picked. Reloaded when the parent changes.
 */
export function usePlacesUnder(parentId: string, kind: PlaceKind) {
  const load = useCallback(async () => {
    if (!parentId) return NONE;
    const { items } = await call('places', 'children', { parentId });
    return items.filter((place) => place.kind === kind);
  }, [parentId, kind]);
  return useRequest(load);
}

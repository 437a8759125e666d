import { useCallback } from 'react';
import { call } from '../../api/call';
import { useRequest } from '../../api/use-request';

/** One level of the hierarchy under `parentId` (null: the top the caller may see), reloaded when it changes. */
export function useChildren(parentId: string | null) {
  const load = useCallback(() => call('places', 'children', { parentId }), [parentId]);
  return useRequest(load);
}

import { useEffect } from 'react';
import { call } from '../../api/call';
import { updateSession } from '../../api/session';

/**
 * Re-reads the staff profile once per session token (on sign-in and on reload): an admin may have changed the
 * roles or scope since, and a revoked session is found out at once (the client then clears it).
 */
export function useProfileRefresh(token: string): void {
  useEffect(() => {
    let isCurrent = true;
    call('auth', 'me', {}).then(
      (me) => {
        if (!isCurrent || me.kind !== 'staff') return;
        updateSession((session) => {
          if (session.token !== token || JSON.stringify(session.staff) === JSON.stringify(me.staff)) return session;
          // A moved scope makes the old narrowing meaningless (and possibly out of scope).
          const isSameScope = session.staff.scope?.placeId === me.staff.scope?.placeId;
          return { ...session, staff: me.staff, within: isSameScope ? session.within : null };
        });
      },
      () => {
        // An UNAUTHENTICATED answer already ended the session; other failures keep the stored profile.
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [token]);
}

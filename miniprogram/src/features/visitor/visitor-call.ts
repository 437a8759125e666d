import { visitorContract } from '@linli/shared';
import { clientFor, guestClientFor } from '../../services/call';

const VISITOR = { visitor: visitorContract } as const;

/** Visitor passes: only the visitor subpackage calls them, so their schemas ship with it. */
export const visitorCall = clientFor(VISITOR);

/** The visitor's own page, called without the stored session: the pass token is the visitor's only credential. */
export const visitorGuestCall = guestClientFor(VISITOR);

import { notifyContract, repairContract } from '@linli/shared';
import { clientFor } from '../../services/call';

/** Repairs and their subscribe messages: only the repair subpackage calls them, so their schemas ship with it. */
export const repairCall = clientFor({ repair: repairContract, notify: notifyContract });

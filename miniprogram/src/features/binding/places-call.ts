import { placesContract } from '@linli/shared';
import { clientFor } from '../../services/call';

/** The register of places residents pick their room from: only the room subpackage reads it. */
export const placesCall = clientFor({ places: placesContract });

import { createClient } from '@linli/shared';
import { isWeapp } from './config';
import { readSessionToken } from './session';
import { h5Transport } from './transport-h5';
import { weappTransport } from './transport-weapp';

/** The app's one typed `call(fn, action, input)`; failures reject with CallError carrying a Chinese message. */
export const call = createClient({
  transport: isWeapp ? weappTransport : h5Transport,
  token: readSessionToken,
});

import { createClient } from '@linli/shared';
import Taro from '@tarojs/taro';
import { isWeapp, SESSION_STORAGE_KEY } from './config';
import { h5Transport } from './transport-h5';
import { weappTransport } from './transport-weapp';

function readSessionToken(): string | null {
  try {
    const token: unknown = Taro.getStorageSync(SESSION_STORAGE_KEY);
    return typeof token === 'string' && token !== '' ? token : null;
  } catch {
    return null;
  }
}

/** The app's one typed `call(fn, action, input)`; failures reject with CallError carrying a Chinese message. */
export const call = createClient({
  transport: isWeapp ? weappTransport : h5Transport,
  token: readSessionToken,
});

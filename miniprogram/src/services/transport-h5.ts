import type { Transport } from '@linli/shared';
import Taro from '@tarojs/taro';

/**
 * Browser: the local cloud serves every function at `POST /api/fn/<name>`. The body is the envelope whatever the
 * HTTP status, so the status is not inspected here; the client validates the body.
 */
export const h5Transport: Transport = async (fn, event) => {
  const res = await Taro.request({
    url: `/api/fn/${fn}`,
    method: 'POST',
    data: event,
    header: { 'content-type': 'application/json' },
  });
  return res.data;
};

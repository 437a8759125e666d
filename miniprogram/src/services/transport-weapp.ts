import type { Transport } from '@linli/shared';
import Taro from '@tarojs/taro';

/** WeChat: the cloud function's return value is the envelope, found on `result`. */
export const weappTransport: Transport = async (fn, event) => {
  const res = await Taro.cloud.callFunction({ name: fn, data: event });
  return res.result;
};

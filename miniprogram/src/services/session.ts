import Taro from '@tarojs/taro';
import { SESSION_STORAGE_KEY } from './config';

/**
 * The session token kept on the device. In WeChat residents need none (the OPENID comes with every call); in the
 * browser a dev session stands in for WeChat, written by the demo-account page of the local stack.
 */
export function readSessionToken(): string | null {
  try {
    const token: unknown = Taro.getStorageSync(SESSION_STORAGE_KEY);
    return typeof token === 'string' && token !== '' ? token : null;
  } catch {
    return null;
  }
}

export function hasSession(): boolean {
  return readSessionToken() !== null;
}

export function saveSessionToken(token: string): void {
  Taro.setStorageSync(SESSION_STORAGE_KEY, token);
}

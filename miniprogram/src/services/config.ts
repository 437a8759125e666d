/** Which transport the build uses: Taro replaces TARO_ENV with the build type (both transports are tiny). */
export const isWeapp = process.env.TARO_ENV === 'weapp';

/**
 * Options for `Taro.cloud.init`. The env id comes from the LINLI_CLOUD_ENV build define. Without one we pass no
 * env: the client SDK then uses the project's default environment. (`DYNAMIC_CURRENT_ENV` is a cloud-function-side
 * constant in WeChat's docs, not a client one.)
 */
export function cloudInitOptions(): { env?: string; traceUser: boolean } {
  const envId = typeof LINLI_CLOUD_ENV === 'string' ? LINLI_CLOUD_ENV : '';
  return envId !== '' ? { env: envId, traceUser: true } : { traceUser: true };
}

/** Storage key of the session token written by sign-in (later issues). */
export const SESSION_STORAGE_KEY = 'linli.session';

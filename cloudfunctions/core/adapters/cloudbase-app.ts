import { init, SYMBOL_CURRENT_ENV } from '@cloudbase/node-sdk';

/** What the SDK needs to reach an environment; inside a CloudBase function all of it may be left out. */
export interface CloudbaseCredentials {
  env?: string;
  secretId?: string;
  secretKey?: string;
  sessionToken?: string;
}

/**
 * The SDK app, made on first use: composing deps (in a test, or a function that never sends a photo or a message)
 * then costs nothing, and an environment without credentials fails where the call is, not at start.
 */
export function lazyCloudbaseApp(credentials: CloudbaseCredentials): () => ReturnType<typeof init> {
  let app: ReturnType<typeof init> | null = null;
  return () => {
    const given = Object.fromEntries(
      Object.entries({
        secretId: credentials.secretId,
        secretKey: credentials.secretKey,
        sessionToken: credentials.sessionToken,
      }).filter(([, value]) => value),
    );
    app ??= init({ env: credentials.env || SYMBOL_CURRENT_ENV, ...given });
    return app;
  };
}

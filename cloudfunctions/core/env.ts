import { z } from 'zod';

/**
 * The only reader of `process.env` in cloud code. Parsed once, on the first invocation, and validated: a bad value
 * stops the function with a message naming the variable instead of failing later in an adapter.
 */
const ZConfig = z.object({
  LINLI_MODE: z.enum(['dev', 'production']).default('production'),
  LINLI_RUNTIME: z.enum(['cloudbase', 'local']).default('cloudbase'),
  LINLI_STORE: z.enum(['sqlite', 'cloudbase']).default('cloudbase'),
  LINLI_DATA_DIR: z.string().min(1).default('.data'),
  /** Signs session tokens; at least 32 characters. The local cloud generates one per data folder. */
  LINLI_SESSION_SECRET: z.string().min(32).optional(),
  /** Encrypts ID numbers at rest: 32 random bytes, base64. The local cloud generates one per data folder. */
  LINLI_ID_KEY: z.string().min(44).optional(),
  /**
   * Where residents' browsers and devices reach this deployment (`https://…`, no trailing slash): visitor links and
   * device webhooks are built on it. The local cloud sets its own URL.
   */
  LINLI_PUBLIC_URL: z.preprocess((v) => (v === '' ? undefined : v), z.url({ protocol: /^https?$/ }).optional()),
  LINLI_LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  LINLI_VERSION: z.string().default('0.1.0'),
  LINLI_BUILT_AT: z.string().default('unknown'),
  TCB_ENV_ID: z.string().optional(),
  TENCENTCLOUD_SECRETID: z.string().optional(),
  TENCENTCLOUD_SECRETKEY: z.string().optional(),
  TENCENTCLOUD_SESSIONTOKEN: z.string().optional(),
  /** WeChat subscribe-message templates per notification topic, JSON (see core/adapters/notify/wx-templates.ts). */
  LINLI_WX_TEMPLATES: z.string().optional(),
  /** Which mini-program build a tapped notification opens: formal in production, developer or trial while testing. */
  LINLI_WX_MINIPROGRAM_STATE: z.enum(['developer', 'trial', 'formal']).default('formal'),
});

export type Config = z.infer<typeof ZConfig>;

export function readConfig(source: Record<string, string | undefined> = process.env): Config {
  const parsed = ZConfig.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid Linli configuration: ${problems}`);
  }
  return parsed.data;
}

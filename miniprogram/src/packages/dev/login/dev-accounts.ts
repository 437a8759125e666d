import Taro from '@tarojs/taro';
import { z } from 'zod';

/**
 * The local stack's demo sign-in (dev mode only): `GET /api/dev/accounts` lists the seeded people and
 * `POST /api/dev/login {openid}` signs a dev session for one of them. Bodies may come bare or in the usual envelope.
 */
const ZDemoResident = z.object({ openid: z.string().min(1), name: z.string(), note: z.string().nullish() });
export type DemoResident = z.infer<typeof ZDemoResident>;

const ZAccounts = z.object({ residents: z.array(ZDemoResident) });
const ZLogin = z.object({ token: z.string().min(1), expiresAt: z.string().optional() });

export class DevLoginUnavailable extends Error {
  constructor() {
    super('仅本地演示环境可用');
    this.name = 'DevLoginUnavailable';
  }
}

function bodyOf(data: unknown): unknown {
  if (typeof data === 'object' && data !== null && 'ok' in data && 'data' in data) return data.data;
  return data;
}

async function request<T>(schema: z.ZodType<T>, url: string, method: 'GET' | 'POST', data?: unknown): Promise<T> {
  let response: { statusCode: number; data: unknown };
  try {
    response = await Taro.request({ url, method, data, header: { 'content-type': 'application/json' } });
  } catch {
    throw new DevLoginUnavailable();
  }
  if (response.statusCode < 200 || response.statusCode >= 300) throw new DevLoginUnavailable();
  const parsed = schema.safeParse(bodyOf(response.data));
  if (!parsed.success) throw new DevLoginUnavailable();
  return parsed.data;
}

export async function listDemoResidents(): Promise<DemoResident[]> {
  return (await request(ZAccounts, '/api/dev/accounts', 'GET')).residents;
}

export async function signInAs(openid: string): Promise<string> {
  return (await request(ZLogin, '/api/dev/login', 'POST', { openid })).token;
}

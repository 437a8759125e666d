import { randomBytes } from 'node:crypto';
import type { Deps } from '../../deps';
import { AppError } from '../../errors';
import { PASSES, type PassDoc } from './collections';

/** 256 random bits, URL-safe: unguessable, and short enough for a QR code a phone reads at arm's length. */
export function newPassToken(): string {
  return randomBytes(32).toString('base64url');
}

export function passTokenHash(deps: Pick<Deps, 'vault'>, token: string): string {
  return deps.vault.box('pass-token').hash(token);
}

/** The page a shared mini-program card opens. */
export function passPath(token: string): string {
  return `/packages/visitor/pass/index?token=${encodeURIComponent(token)}`;
}

/** How the creator shares a pass: the H5 link (for the QR code and any browser) and the mini-program card path. */
export function shareOf(deps: Pick<Deps, 'config'>, token: string) {
  const base = deps.config.LINLI_PUBLIC_URL?.replace(/\/$/, '') ?? '';
  return { token, link: `${base}/v/${encodeURIComponent(token)}`, path: passPath(token) };
}

/** The pass a token names; a forged or mistyped token is PASS.INVALID, the same answer however it is wrong. */
export async function passOfToken(deps: Pick<Deps, 'store' | 'vault'>, token: string): Promise<PassDoc> {
  const found = await deps.store
    .collection<PassDoc>(PASSES)
    .find({ tokenHash: passTokenHash(deps, token) }, { limit: 1 });
  const pass = found.items[0];
  if (!pass) throw new AppError('PASS.INVALID');
  return pass;
}

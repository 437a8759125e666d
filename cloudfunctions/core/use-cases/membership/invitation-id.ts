import { createHash } from 'node:crypto';

/**
 * Where an invitation is stored: the sha256 of its token. Only the share link carries the token itself, so reading
 * the store (or a backup) never yields a usable link.
 */
export function invitationIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex').slice(0, 64);
}

/** The mini-program page the share card opens. */
export function invitationPath(token: string): string {
  return `/packages/room/accept-invite/index?token=${encodeURIComponent(token)}`;
}

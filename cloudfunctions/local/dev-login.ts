import { MEMBERSHIP_ROLE_LABELS, MEMBERSHIP_STATUS_LABELS, STAFF_ROLE_LABELS } from '@linli/shared';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { readConfig } from '../core/env';
import { signSession } from '../core/identity/session-token';
import { systemClock } from '../core/ports/clock';
import type { DocumentStore } from '../core/ports/document-store';
import { randomIds } from '../core/ports/ids';
import { DEMO_PASSWORD, DEMO_RESIDENTS, DEMO_STAFF } from '../core/seed/seed-demo';
import { createStaffSession } from '../core/use-cases/auth/create-staff-session';
import { STAFF, type StaffDoc } from '../core/use-cases/staff/collections';
import { sendError } from './envelope-reply';

/** A dev resident session lasts a working day, like a staff one. */
const DEV_SESSION_SECONDS = 12 * 3600;

/** Either a WeChat user (any openid: a demo resident, or a new one to try binding) or a staff account. */
const ZDevLogin = z.union([
  z.object({ openid: z.string().regex(/^[A-Za-z0-9_-]{3,64}$/) }).strict(),
  z.object({ account: z.string().min(1).max(32) }).strict(),
]);

/**
 * The dev login: stands in for WeChat (residents) and for the password form (staff) in the local stack. Registered
 * only in dev mode and only by the local cloud, so no deployable bundle carries it. The sessions it issues are the
 * real ones: resident tokens are marked `dev` (refused outside local dev mode), staff get a live session doc.
 */
export function registerDevLogin(app: FastifyInstance, store: DocumentStore): void {
  app.get('/api/dev/accounts', async () => ({
    password: DEMO_PASSWORD,
    residents: DEMO_RESIDENTS.map((person) => ({
      openid: person.openid,
      name: person.name,
      note:
        person.memberships
          .map((m) => `${MEMBERSHIP_ROLE_LABELS[m.role]}·${MEMBERSHIP_STATUS_LABELS[m.status]}`)
          .join('，') || '未绑定房屋',
    })),
    staff: DEMO_STAFF.map((person) => ({
      account: person.account,
      name: person.name,
      roles: person.roles.map((role) => STAFF_ROLE_LABELS[role]),
    })),
  }));

  app.post('/api/dev/login', async (request, reply) => {
    const body = ZDevLogin.safeParse(request.body);
    if (!body.success) return sendError(reply, 'VALIDATION.FAILED', request.id, '请提供 openid 或 account');
    const config = readConfig();
    const secret = config.LINLI_SESSION_SECRET;
    if (!secret) return sendError(reply, 'UNAVAILABLE', request.id);
    const now = systemClock.now();

    if ('openid' in body.data) {
      const exp = Math.floor(now.getTime() / 1000) + DEV_SESSION_SECONDS;
      const claims = { v: 1 as const, kind: 'resident' as const, sub: body.data.openid, roles: ['resident' as const] };
      const token = signSession({ ...claims, scope: null, exp, dev: true }, secret);
      return { kind: 'resident', token, expiresAt: new Date(exp * 1000).toISOString() };
    }

    const account = body.data.account.trim().toLowerCase();
    const found = await store.collection<StaffDoc>(STAFF).find({ account }, { limit: 1 });
    const staff = found.items[0];
    if (!staff || staff.disabled) return sendError(reply, 'RESOURCE.NOT_FOUND', request.id, '没有这个演示账号');
    const session = await createStaffSession({ config, store, clock: systemClock, ids: randomIds }, staff);
    return { kind: 'staff', token: session.token, expiresAt: session.expiresAt };
  });
}

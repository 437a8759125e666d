import { randomBytes } from 'node:crypto';
import type { authContract } from '@linli/shared';
import { AppError } from '../../errors';
import type { Route } from '../../handler/define-handler';
import { hashPassword, verifyPassword } from '../../identity/passwords';
import { STAFF, type StaffDoc } from '../staff/collections';
import { loadStaffProfile } from '../staff/to-staff-profile';
import { createStaffSession, requireSessionSecret } from './create-staff-session';
import { clearFailedLogins, isLocked, recordFailedLogin } from './login-attempts';

/**
 * An unknown account is checked against this hash so it costs what a wrong password costs: the answer's timing
 * does not tell which accounts exist. Made once per instance, with the same parameters as real hashes.
 */
let dummyHash: Promise<string> | null = null;
function getDummyHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(16).toString('base64url'));
  return dummyHash;
}

const badCredentials = () => new AppError('AUTH.BAD_CREDENTIALS');
const locked = () => new AppError('AUTH.LOCKED');

/** Account + password → a 12-hour session. Wrong passwords count towards a 15-minute lockout. */
export const staffLogin: Route<typeof authContract, 'staffLogin'> = async (deps, _caller, input) => {
  requireSessionSecret(deps);
  // Accounts are lower case; a phone keyboard's capital first letter should not fail the login.
  const account = input.account.toLowerCase();
  const found = await deps.store.collection<StaffDoc>(STAFF).find({ account }, { limit: 1 });
  const doc = found.items[0];
  if (!doc) {
    await verifyPassword(await getDummyHash(), input.password);
    throw badCredentials();
  }
  if (isLocked(doc, deps.clock.now())) throw locked();

  if (!(await verifyPassword(doc.passwordHash, input.password))) {
    throw (await recordFailedLogin(deps, doc)) ? locked() : badCredentials();
  }
  // Only someone who knows the password learns that the account is disabled.
  if (doc.disabled) throw new AppError('AUTH.FORBIDDEN', { message: '账号已停用，请联系管理员' });
  await clearFailedLogins(deps, doc);
  const session = await createStaffSession(deps, doc);
  return { token: session.token, expiresAt: session.expiresAt, staff: await loadStaffProfile(deps, doc) };
};

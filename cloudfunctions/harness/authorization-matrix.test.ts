import { contracts } from '@linli/shared';
import { PERSONAS, tokenFor } from './personas';
import { everyAction, setUpTestCloud, TEST_SECRET } from './test-cloud';

/**
 * Every action of every contract, called as every kind of caller: the roles the contract declares get past
 * authorization, everyone else is refused with the right code. New functions join by declaring a contract.
 */
const cloud = setUpTestCloud('authz');
afterAll(() => cloud.tearDown());

const cases = everyAction().flatMap(({ fn, action, contract }) =>
  PERSONAS.map((persona) => {
    const allowed = persona.roles.some((role) => contract.actions[action]?.roles.includes(role) ?? false);
    return { fn, action, persona, allowed };
  }),
);

test('the matrix covers every contract', () => {
  expect(new Set(cases.map((c) => c.fn))).toEqual(new Set(Object.keys(contracts)));
});

test.each(cases)('$fn.$action as $persona.name → allowed: $allowed', async ({ fn, action, persona, allowed }) => {
  const main = await cloud.handler(fn);
  const event = { action, data: {}, token: await cloud.token(persona) };
  const result = await main(event, { request_id: `authz-${fn}-${action}-${persona.name}` });
  const code = result.ok ? null : result.error.code;

  if (allowed) {
    expect(code ?? 'OK').not.toMatch(/^AUTH\./);
    expect(code).not.toBe('INTERNAL');
  } else {
    expect(code).toBe(persona.kind === 'anonymous' ? 'AUTH.UNAUTHENTICATED' : 'AUTH.FORBIDDEN');
  }
});

test('a token signed with another secret is refused, not downgraded to anonymous', async () => {
  const main = await cloud.handler('system');
  const resident = PERSONAS.find((p) => p.name === 'owner');
  if (!resident) throw new Error('owner persona missing');
  const forged = tokenFor(resident, 'another-secret-another-secret-another-secret');
  const result = await main({ action: 'ping', data: {}, token: forged }, {});
  expect(result).toMatchObject({ ok: false, error: { code: 'AUTH.UNAUTHENTICATED' } });
});

test('a staff token whose session is unknown is refused', async () => {
  const main = await cloud.handler('system');
  const staff = PERSONAS.find((p) => p.name === 'staff');
  if (!staff) throw new Error('staff persona missing');
  const stray = tokenFor({ ...staff, name: 'no-such-session' }, TEST_SECRET);
  const result = await main({ action: 'ping', data: {}, token: stray }, {});
  expect(result).toMatchObject({ ok: false, error: { code: 'AUTH.UNAUTHENTICATED' } });
});

test('an expired token is refused where the same token unexpired is accepted', async () => {
  const main = await cloud.handler('system');
  const owner = PERSONAS.find((p) => p.name === 'owner');
  if (!owner) throw new Error('owner persona missing');
  const fresh = tokenFor(owner, TEST_SECRET);
  const expired = tokenFor(owner, TEST_SECRET, new Date(Date.now() - 2 * 3600 * 1000));
  await expect(main({ action: 'ping', data: {}, token: fresh }, {})).resolves.toMatchObject({ ok: true });
  const result = await main({ action: 'ping', data: {}, token: expired }, {});
  expect(result).toMatchObject({ ok: false, error: { code: 'AUTH.UNAUTHENTICATED' } });
});

import fc from 'fast-check';
import { invalidInputsFor } from './invalid-inputs';
import { PERSONAS } from './personas';
import { everyAction, setUpTestCloud } from './test-cloud';

/**
 * For every action, malformed inputs derived from its schema: each answers VALIDATION.FAILED with field issues,
 * never INTERNAL, never a stack trace, and the store is byte-for-byte unchanged.
 */
const cloud = setUpTestCloud('fuzz');
afterAll(() => cloud.tearDown());

test.each(everyAction())('$fn.$action rejects malformed input cleanly', async ({ fn, action, contract }) => {
  const spec = contract.actions[action];
  if (!spec) throw new Error(`no spec for ${fn}.${action}`);
  const persona = PERSONAS.find((p) => p.roles.some((role) => spec.roles.includes(role)));
  if (!persona) throw new Error(`${fn}.${action} allows no known persona`);
  const main = await cloud.handler(fn);
  const token = await cloud.token(persona);
  // Opens this function's store connection before the first fingerprint, with an input no schema accepts.
  await main({ action, data: null, token }, {});
  const before = await cloud.fingerprint();

  await fc.assert(
    fc.asyncProperty(invalidInputsFor(spec.input), async (data) => {
      const result = await main({ action, data, token }, { request_id: 'fuzz' });
      const text = JSON.stringify(result);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('VALIDATION.FAILED');
        expect(result.error.issues?.length).toBeGreaterThan(0);
      }
      expect(text).not.toMatch(/\bat .+\.(ts|js):\d+|Error:|stack/);
    }),
    { numRuns: 60 },
  );
  expect(await cloud.fingerprint()).toBe(before);
});

import { defineContract } from '@linli/shared';
import { z } from 'zod';
import { doorVendorFor } from '../adapters/door/door-vendors';
import { createSessionIdentity } from '../adapters/identity/session-identity';
import { readLocalWxContext } from '../adapters/identity/wx-context';
import type { Deps } from '../deps';
import { readConfig } from '../env';
import { AppError } from '../errors';
import { signSession } from '../identity/session-token';
import { fixedClock } from '../ports/clock';
import { type DocumentStore, StoreError } from '../ports/document-store';
import type { FileStorage } from '../ports/file-storage';
import { randomIds } from '../ports/ids';
import type { LogFields, LogLevel } from '../ports/logger';
import type { Notifier } from '../ports/notifier';
import { createIdCipher, createVault } from '../privacy/sealed-box';
import { defineHandler } from './define-handler';

const SECRET = 'unit-secret-unit-secret-unit-secret-unit';
const clock = fixedClock(new Date('2026-11-22T04:00:00Z'));

const contract = defineContract('sample', {
  echo: {
    summary: 'echo',
    input: z.object({ n: z.number().int() }),
    output: z.object({ n: z.number() }),
    roles: ['resident'],
  },
  broken: { summary: 'returns junk', input: z.object({}), output: z.object({ n: z.number() }), roles: ['resident'] },
  fails: { summary: 'throws', input: z.object({ kind: z.string() }), output: z.object({}), roles: ['resident'] },
  staffOnly: { summary: 'staff', input: z.object({}), output: z.object({}), roles: ['property'] },
});

function setUp() {
  const lines: { level: LogLevel; fields: LogFields | undefined }[] = [];
  const deps: Deps = {
    config: readConfig({ LINLI_RUNTIME: 'local', LINLI_MODE: 'dev', LINLI_STORE: 'sqlite' }),
    // The handler never touches the store itself; use cases do, and they are not under test here.
    store: { kind: 'sqlite' } as unknown as DocumentStore,
    identity: createSessionIdentity({
      secret: SECRET,
      allowDevSessions: true,
      clock,
      wxContext: readLocalWxContext,
      directory: {
        staff: async () => null,
        resident: async () => ({ roles: ['resident'], resident: { residentId: null, currentRoomId: null } }),
      },
    }),
    idCipher: createIdCipher(undefined),
    vault: createVault(undefined),
    doorVendor: doorVendorFor,
    // Nor the photo and message ports.
    files: { kind: 'local' } as unknown as FileStorage,
    notifier: { kind: 'outbox' } as unknown as Notifier,
    clock,
    ids: randomIds,
    log: { log: (level, _message, fields) => lines.push({ level, fields }) },
  };
  const main = defineHandler(
    contract,
    {
      echo: async (_deps, _caller, input) => ({ n: input.n }),
      broken: async () => ({ n: 'not a number' }) as unknown as { n: number },
      fails: async (_deps, _caller, input) => {
        if (input.kind === 'app') throw new AppError('RESOURCE.NOT_FOUND', { message: '报修单不存在' });
        if (input.kind === 'conflict') throw new StoreError('CONFLICT', 'sqlite', 'tx retried out');
        throw new Error('secret internals: password=hunter2');
      },
      staffOnly: async () => ({}),
    },
    {
      deps: async () => deps,
      dispose: async () => {},
      timers: { tick: async () => ({ ticked: true }) },
      hooks: {
        'device-events': async (_deps, request) => ({
          query: request.query,
          type: request.headers['content-type'],
          body: request.body.toString('utf8'),
        }),
      },
    },
  );
  const token = signSession(
    { v: 1, kind: 'resident', sub: 'openid-1', roles: ['resident'], scope: null, exp: 1893456000, dev: true },
    SECRET,
  );
  return { main, lines, token };
}

test('a valid call answers data and logs one line with the request id', async () => {
  const { main, lines, token } = setUp();
  await expect(main({ action: 'echo', data: { n: 3 }, token }, { request_id: 'r-1' })).resolves.toEqual({
    ok: true,
    data: { n: 3 },
  });
  expect(lines).toHaveLength(1);
  expect(lines[0]?.fields).toMatchObject({
    requestId: 'r-1',
    fn: 'sample',
    action: 'echo',
    caller: 'resident',
    ok: true,
  });
});

test('explicit null data is a validation failure, omitted data means no arguments', async () => {
  const { main, token } = setUp();
  await expect(main({ action: 'echo', data: null, token })).resolves.toMatchObject({
    ok: false,
    error: { code: 'VALIDATION.FAILED' },
  });
  await expect(main({ action: 'broken', token })).resolves.toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
});

test('output outside the contract is INTERNAL for the caller and an error line for us', async () => {
  const { main, lines, token } = setUp();
  const result = await main({ action: 'broken', data: {}, token }, { request_id: 'r-2' });
  expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL', requestId: 'r-2' } });
  expect(lines[0]?.level).toBe('error');
  expect(String(lines[0]?.fields?.error)).toContain('outside its contract');
});

test('AppError messages reach the caller; unexpected errors do not leak', async () => {
  const { main, token } = setUp();
  await expect(main({ action: 'fails', data: { kind: 'app' }, token })).resolves.toMatchObject({
    ok: false,
    error: { code: 'RESOURCE.NOT_FOUND', message: '报修单不存在' },
  });
  const leaked = await main({ action: 'fails', data: { kind: 'boom' }, token });
  expect(leaked).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  expect(JSON.stringify(leaked)).not.toContain('hunter2');
  await expect(main({ action: 'fails', data: { kind: 'conflict' }, token })).resolves.toMatchObject({
    ok: false,
    error: { code: 'RESOURCE.CONFLICT' },
  });
});

test('roles: anonymous must sign in, a resident may not call a staff action', async () => {
  const { main, token } = setUp();
  await expect(main({ action: 'echo', data: { n: 1 } })).resolves.toMatchObject({
    error: { code: 'AUTH.UNAUTHENTICATED' },
  });
  await expect(main({ action: 'staffOnly', data: {}, token })).resolves.toMatchObject({
    error: { code: 'AUTH.FORBIDDEN' },
  });
});

test('authorization comes before validation, so strangers learn nothing about the schema', async () => {
  const { main } = setUp();
  await expect(main({ action: 'echo', data: { n: 'bad' } })).resolves.toMatchObject({
    error: { code: 'AUTH.UNAUTHENTICATED' },
  });
});

test('timer events run only when the platform invokes them', async () => {
  const { main } = setUp();
  const timer = { Type: 'Timer', TriggerName: 'tick' };
  await expect(main(timer, { source: 'timer' })).resolves.toEqual({ ok: true, data: { ticked: true } });
  await expect(main(timer, { source: 'http' })).resolves.toMatchObject({ error: { code: 'REQUEST.MALFORMED' } });
  await expect(main({ ...timer, TriggerName: 'nope' }, { source: 'timer' })).resolves.toMatchObject({
    error: { code: 'FN.UNKNOWN_ACTION' },
  });
});

test('unknown actions and prototype keys are not dispatched', async () => {
  const { main, token } = setUp();
  for (const action of ['nope', 'constructor', '__proto__', 'toString']) {
    await expect(main({ action, data: {}, token })).resolves.toMatchObject({ error: { code: 'FN.UNKNOWN_ACTION' } });
  }
});

test('webhooks get the raw body, query and headers, for POSTs to a declared hook only', async () => {
  const { main } = setUp();
  const event = (httpMethod: string, path: string) => ({
    httpMethod,
    path,
    headers: { 'Content-Type': 'application/json' },
    queryStringParameters: { device: 'dev-1' },
    body: Buffer.from('{"a":1}').toString('base64'),
    isBase64Encoded: true,
  });
  expect(await main(event('POST', '/hooks/door/device-events'))).toEqual({
    ok: true,
    data: { query: { device: 'dev-1' }, type: 'application/json', body: '{"a":1}' },
  });
  expect(await main(event('GET', '/hooks/door/device-events'))).toMatchObject({ error: { code: 'FN.UNKNOWN_ACTION' } });
  expect(await main(event('POST', '/hooks/door/constructor'))).toMatchObject({ error: { code: 'FN.UNKNOWN_ACTION' } });
});

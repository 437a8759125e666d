import { CallError, createClient, type Transport } from './client';
import { contracts } from './contracts';
import { systemContract } from './contracts/system';

const serverTime = '2026-11-22T04:00:00.000Z';
const pong = { ok: true, data: { pong: true, echo: 'hi', serverTime, caller: 'anonymous' } };

function clientAnswering(answer: unknown | Error, token?: string) {
  const sent: Parameters<Transport>[] = [];
  const call = createClient({
    contracts,
    transport: async (fn, event) => {
      sent.push([fn, event]);
      if (answer instanceof Error) throw answer;
      return answer;
    },
    token: () => token,
  });
  return { call, sent };
}

test('sends the event to the function and returns the validated data', async () => {
  const { call, sent } = clientAnswering(pong, 'tok');
  await expect(call('system', 'ping', { echo: 'hi' })).resolves.toEqual(pong.data);
  expect(sent).toEqual([['system', { action: 'ping', data: { echo: 'hi' }, token: 'tok' }]]);
});

test('leaves the token out when there is no session', async () => {
  const { call, sent } = clientAnswering(pong);
  await call('system', 'ping', {});
  expect(sent[0]?.[1]).not.toHaveProperty('token');
});

test('an error envelope becomes a CallError with its code and Chinese message', async () => {
  const { call } = clientAnswering({
    ok: false,
    error: { code: 'AUTH.FORBIDDEN', message: '没有权限执行此操作', requestId: 'r-9' },
  });
  const error = await call('system', 'ping', {}).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(CallError);
  expect(error).toMatchObject({ code: 'AUTH.FORBIDDEN', message: '没有权限执行此操作', requestId: 'r-9' });
});

test('data the contract does not promise is refused, not rendered', async () => {
  const { call } = clientAnswering({ ok: true, data: { pong: 'yes' } });
  await expect(call('system', 'ping', {})).rejects.toMatchObject({ code: 'INTERNAL' });
});

test('a transport failure is UNAVAILABLE', async () => {
  const { call } = clientAnswering(new Error('socket hang up'));
  await expect(call('system', 'ping', {})).rejects.toMatchObject({ code: 'UNAVAILABLE' });
});

test('a client given only some contracts calls those and refuses the rest without sending', async () => {
  const sent: string[] = [];
  const call = createClient({
    transport: async (fn) => {
      sent.push(fn);
      return pong;
    },
    contracts: { system: systemContract },
  });
  await expect(call('system', 'ping', {})).resolves.toEqual(pong.data);
  // Not in its registry: the types refuse it too, so the test goes around them.
  const untyped = call as unknown as (fn: string, action: string, input: unknown) => Promise<unknown>;
  for (const fn of ['door', 'constructor']) {
    await expect(untyped(fn, 'open', {})).rejects.toMatchObject({ code: 'FN.UNKNOWN_ACTION' });
  }
  expect(sent).toEqual(['system']);
});

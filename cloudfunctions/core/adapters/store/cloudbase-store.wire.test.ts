import { Db } from '@cloudbase/database';
import { StoreError } from '../../ports/document-store';
import { createCloudbaseStoreOn } from './cloudbase-store';

/**
 * What the CloudBase adapter puts on the wire, through the real SDK serialisers with the HTTP requester swapped
 * for a recorder. It cannot prove CloudBase's behaviour (the contract suite does that with credentials); it pins
 * the translations that are easy to get subtly wrong: replace-not-merge `set`, one-element `push`, keyset cursors,
 * and the error and retry paths.
 */
interface Call {
  api: string;
  params: Record<string, unknown>;
}

type Responder = (call: Call) => unknown;

const calls: Call[] = [];
let responders: Record<string, Responder[]> = {};

class RecordingRequester {
  async send(api: string, params: Record<string, unknown> = {}): Promise<unknown> {
    const call = { api, params };
    calls.push(call);
    const queue = responders[api] ?? [];
    const respond = queue.length > 1 ? queue.shift() : queue[0];
    return respond ? respond(call) : {};
  }
}

function respond(api: string, ...replies: Responder[]): void {
  responders[api] = replies;
}

/** EJSON (canonical) → plain JSON values, so assertions read like the Mongo queries they are. */
function plain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plain);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value);
  const [first] = entries;
  if (entries.length === 1 && first && ['$numberInt', '$numberDouble', '$numberLong'].includes(first[0])) {
    return Number(first[1]);
  }
  return Object.fromEntries(entries.map(([key, inner]) => [key, plain(inner)]));
}

const decoded = (call: Call | undefined, field: string): unknown => plain(JSON.parse(String(call?.params[field])));
const list =
  (...docs: object[]) =>
  () => ({ data: { list: docs.map((doc) => JSON.stringify(doc)) } });
const apis = () => calls.map((call) => call.api);

let store: ReturnType<typeof createCloudbaseStoreOn>;

beforeEach(() => {
  calls.length = 0;
  responders = {};
  Db.reqClass = RecordingRequester;
  store = createCloudbaseStoreOn(new Db({ env: 'wire-test' }));
});

const FILTER = { building: 'b1', floor: { gte: 2, lt: 5 }, tag: { in: ['a', null] }, status: { ne: 'x' } };

test('find sends the filter, the order with its _id tie-break and one extra row', async () => {
  respond('database.getDocument', list({ _id: 'r1', floor: 4 }, { _id: 'r2', floor: 3 }, { _id: 'r3', floor: 3 }));
  const page = await store.collection('rooms').find(FILTER, { orderBy: [['floor', 'desc']], limit: 2 });
  expect(page.items.map((doc) => doc._id)).toEqual(['r1', 'r2']);
  expect(page.nextCursor).toEqual(expect.any(String));
  expect(decoded(calls[0], 'query')).toEqual({
    building: 'b1',
    tag: { $in: ['a', null] },
    status: { $ne: 'x' },
    $and: [{ floor: { $gte: 2 } }, { floor: { $lt: 5 } }],
  });
  expect(decoded(calls[0], 'order')).toEqual({ floor: -1, _id: 1 });
  expect(calls[0]?.params.limit).toBe(3);

  respond('database.getDocument', list({ _id: 'r3', floor: 3 }));
  const next = await store
    .collection('rooms')
    .find(FILTER, { orderBy: [['floor', 'desc']], limit: 2, cursor: page.nextCursor });
  expect(next).toEqual({ items: [{ _id: 'r3', floor: 3 }], nextCursor: null });
  const query = decoded(calls[1], 'query') as { $and: unknown[] };
  expect(query.$and[1]).toEqual({
    $or: [{ floor: { $lt: 3 } }, { floor: null }, { floor: 3, _id: { $gt: 'r2' } }],
  });
});

test('update replaces objects with set, pushes one element, and returns the changed count', async () => {
  respond('database.modifyDocument', () => ({ data: { updated: 1 } }));
  const changed = await store.collection('stock').update(
    { _id: 'u', left: { gt: 0 } },
    {
      set: { title: 't', room: { no: 1 }, 'meta.at': null },
      inc: { left: -1 },
      push: { tags: ['a', 'b'] },
      unset: ['gone'],
    },
  );
  expect(changed).toBe(1);
  expect(decoded(calls[0], 'query')).toEqual({ _id: 'u', left: { $gt: 0 } });
  expect(decoded(calls[0], 'data')).toEqual({
    $set: { title: 't', room: { no: 1 }, 'meta.at': null },
    $inc: { left: -1 },
    $push: { tags: { $each: [['a', 'b']] } },
    $unset: { gone: '' },
  });
  expect(calls[0]?.params.multi).toBe(true);
});

test('insert keeps our time-sortable _id and creates a missing collection once', async () => {
  respond(
    'database.insertDocument',
    () => ({ code: 'DATABASE_COLLECTION_NOT_EXIST', message: 'collection not exists' }),
    () => ({ data: { insertedIds: ['ignored'] } }),
  );
  const id = await store.collection('fresh').insert({ v: 1 });
  expect(id).toMatch(/^[0-9a-z]{9}[0-9a-f]{16}$/);
  expect(apis()).toEqual(['database.insertDocument', 'database.addCollection', 'database.insertDocument']);
  const [sent] = (calls[2]?.params.data as string[] | undefined) ?? [];
  expect(plain(JSON.parse(String(sent)))).toEqual({ v: 1, _id: id });
});

test('a unique violation is DUPLICATE and keeps the cause; a missing collection reads as empty', async () => {
  const reply = {
    code: 'DATABASE_REQUEST_FAILED',
    message: 'E11000 duplicate key error collection: codes index: code_1',
  };
  respond('database.insertDocument', () => reply);
  const failure = await store
    .collection('codes')
    .insert({ code: 'A' })
    .catch((error: unknown) => error);
  expect(failure).toBeInstanceOf(StoreError);
  expect(failure).toMatchObject({ kind: 'DUPLICATE', adapter: 'cloudbase', cause: reply });
  respond('database.getDocument', () => ({ code: 'DATABASE_COLLECTION_NOT_EXIST', message: 'collection not exists' }));
  await expect(store.collection('nothing').get('x')).resolves.toBeNull();
  await expect(store.collection('nothing').find({})).resolves.toEqual({ items: [], nextCursor: null });
});

test('transactions run again on a commit conflict and pass the callback’s own errors through', async () => {
  respond('database.startTransaction', () => ({ transactionId: 't1' }));
  respond('database.getDocument', list({ _id: 'a', balance: 10 }));
  respond('database.modifyDocument', () => ({ data: { updated: 1 } }));
  respond(
    'database.commitTransaction',
    () => ({ code: 'DATABASE_TRANSACTION_CONFLICT' }),
    () => ({}),
  );
  let runs = 0;
  const result = await store.transaction(async (tx) => {
    runs++;
    const account = await tx.get<{ _id: string; balance: number }>('accounts', 'a');
    await tx.update('accounts', 'a', { inc: { balance: -1 } });
    await tx.set('accounts', { _id: 'b', balance: 1 });
    return account?.balance;
  });
  expect(result).toBe(10);
  expect(runs).toBe(2);
  const setCall = calls.filter((call) => call.api === 'database.modifyDocument').at(-1);
  expect(setCall?.params).toMatchObject({ transactionId: 't1', upsert: true, merge: false });
  expect(decoded(setCall, 'data')).toEqual({ balance: 1 });

  calls.length = 0;
  const own = Object.assign(new Error('报修单不存在'), { code: 'RESOURCE.NOT_FOUND' });
  await expect(store.transaction(async () => Promise.reject(own))).rejects.toBe(own);
  expect(apis()).toContain('database.abortTransaction');
});

test('ensureIndexes creates each collection once and tolerates existing ones', async () => {
  respond('database.addCollection', () => ({ code: 'DATABASE_COLLECTION_ALREADY_EXIST', message: 'exists' }));
  await store.ensureIndexes([
    { collection: 'members', fields: ['openid'], unique: true },
    { collection: 'members', fields: ['roomId'] },
  ]);
  expect(apis()).toEqual(['database.addCollection']);
  await expect(store.ensureIndexes([{ collection: 'Bad', fields: ['x'] }])).rejects.toMatchObject({ kind: 'INVALID' });
});

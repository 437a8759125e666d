import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fixedClock } from '../../ports/clock';
import type { Doc, DocumentStore } from '../../ports/document-store';
import { randomIds } from '../../ports/ids';
import { createSqliteStore } from '../store/sqlite-store';
import { NOTIFY_INDEXES, OUTBOX, type OutboxDoc } from './collections';
import { ASSIGNED, describeNotifier } from './notifier.contract';
import { createOutboxNotifier } from './outbox-notifier';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function openStore(): Promise<DocumentStore> {
  const dir = mkdtempSync(path.join(tmpdir(), 'linli-outbox-'));
  dirs.push(dir);
  const store = await createSqliteStore({ file: path.join(dir, 'linli.sqlite') });
  await store.ensureIndexes(NOTIFY_INDEXES);
  return store;
}

const clock = fixedClock(new Date('2026-11-22T06:00:00Z'));

describeNotifier('outbox', async () => {
  const store = await openStore();
  return { notifier: createOutboxNotifier({ store, clock, ids: randomIds }), cleanup: () => store.close() };
});

describe('outbox specifics', () => {
  let store: DocumentStore;
  beforeEach(async () => {
    store = await openStore();
  });
  afterEach(() => store.close());

  test('every notification is written down with what became of it', async () => {
    const notifier = createOutboxNotifier({ store, clock, ids: randomIds });
    await notifier.recordAnswers(ASSIGNED.openid, { 'repair.assigned': 'accept' });
    await notifier.send(ASSIGNED);
    await notifier.send({ ...ASSIGNED, title: '第二条' });
    const { items } = await store.collection<OutboxDoc>(OUTBOX).find({});
    expect(items).toHaveLength(2);
    expect(items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          topic: 'repair.assigned',
          openid: 'demo-owner-zhang',
          title: '您的报修已派单',
          fields: ASSIGNED.fields,
          page: 'pages/repair/detail?id=r1',
          subjectKind: 'repair',
          subjectId: 'r1',
          status: 'delivered',
          detail: null,
          createdAt: '2026-11-22T06:00:00.000Z',
        }),
        expect.objectContaining({
          title: '第二条',
          status: 'no-subscription',
          detail: expect.stringContaining('allowance'),
        }),
      ]),
    );
  });

  test('when the outbox cannot be written the send fails, and the allowance is kept for the next one', async () => {
    const broken: DocumentStore = {
      kind: store.kind,
      ensureIndexes: (indexes) => store.ensureIndexes(indexes),
      transaction: (run) => store.transaction(run),
      close: () => store.close(),
      collection<T extends Doc>(name: string) {
        const real = store.collection<T>(name);
        return name === OUTBOX ? { ...real, insert: () => Promise.reject(new Error('disk full')) } : real;
      },
    };
    const notifier = createOutboxNotifier({ store: broken, clock, ids: randomIds });
    await notifier.recordAnswers(ASSIGNED.openid, { 'repair.assigned': 'accept' });
    await expect(notifier.send(ASSIGNED)).resolves.toMatchObject({
      status: 'failed',
      detail: expect.stringMatching(/disk full/),
    });
    await expect(notifier.allowance(ASSIGNED.openid)).resolves.toEqual({ 'repair.assigned': 1 });
  });

  test('a store that is gone altogether makes a failed send, never a thrown one', async () => {
    const notifier = createOutboxNotifier({ store, clock, ids: randomIds });
    await store.close();
    await expect(notifier.send(ASSIGNED)).resolves.toMatchObject({ status: 'failed', channel: 'outbox' });
    store = await openStore();
  });
});

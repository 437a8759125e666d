import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createSqliteStore } from '../adapters/store/sqlite-store';
import { systemClock } from '../ports/clock';
import { createIdCipher } from '../privacy/sealed-box';
import { INDEXES } from '../store/indexes';
import { RESIDENTS } from '../use-cases/membership/collections';
import { PLACES } from '../use-cases/places/collections';
import { seedDemo } from './seed-demo';

const idCipher = createIdCipher(randomBytes(32).toString('base64'));

test('seeds once, and a run cut short before its marker simply runs again', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'linli-seed-'));
  const store = await createSqliteStore({ file: path.join(dir, 'linli.sqlite') });
  try {
    await store.ensureIndexes(INDEXES);
    await expect(seedDemo({ store, idCipher, clock: systemClock })).resolves.toEqual({ seeded: true });
    const places = await store.collection(PLACES).count({});
    await expect(seedDemo({ store, idCipher, clock: systemClock })).resolves.toEqual({ seeded: false });

    await store.collection('meta').remove({ _id: 'demo-seed' }); // as if the first run died before its marker
    await expect(seedDemo({ store, idCipher, clock: systemClock })).resolves.toEqual({ seeded: true });
    expect(await store.collection(PLACES).count({})).toBe(places);
    expect(await store.collection(RESIDENTS).count({ openid: 'demo-owner-zhang' })).toBe(1);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

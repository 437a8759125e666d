import { existsSync, readdirSync, readFileSync, readlinkSync, realpathSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { contracts } from '@linli/shared';
import { type BundleResult, bundleFunctions } from './bundle';
import { type BundleProcess, localTestEnv, makeDataDir, startBundle } from './bundle-process';
import { createCloudbaserc } from './cloudbaserc';
import { checkAgainstContracts, DIST_ROOT, discoverFunctions, FUNCTIONS_ROOT, REPO_ROOT } from './function-folders';

/** What every bundle must do, whatever its contract: checked for each function folder through its built `main`. */
const functions = discoverFunctions();
// One clear failure instead of every test failing in beforeAll.
checkAgainstContracts(
  functions.map((fn) => fn.name),
  Object.keys(contracts),
);
const rootVersion = (JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string })
  .version;
const sdkRange = (
  JSON.parse(readFileSync(path.join(FUNCTIONS_ROOT, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
  }
).dependencies['@cloudbase/node-sdk'];

let results: BundleResult[] = [];

beforeAll(async () => {
  results = await bundleFunctions({ log: () => {} });
}, 60_000);

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

test('there is at least one function and every one was bundled', () => {
  expect(functions.length).toBeGreaterThan(0);
  expect(results.map((r) => r.name)).toEqual(functions.map((fn) => fn.name));
  for (const r of results) expect(r.bytes).toBeGreaterThan(1000);
});

test('a second run is incremental and --force rebuilds', async () => {
  const again = await bundleFunctions({ log: () => {} });
  expect(again.map((r) => r.rebuilt)).toEqual(functions.map(() => false));
  const lines: string[] = [];
  const forced = await bundleFunctions({ force: true, log: (line) => lines.push(line) });
  expect(forced.map((r) => r.rebuilt)).toEqual(functions.map(() => true));
  for (const fn of functions) expect(lines.some((l) => l.includes(fn.name) && /KB\s+rebuilt/.test(l))).toBe(true);
}, 60_000);

test('when bundles are stale, runs that overlap build each function once', async () => {
  for (const fn of functions) writeFileSync(path.join(DIST_ROOT, fn.name, '.inputs-hash'), 'stale\n');
  const [first, second] = await Promise.all([bundleFunctions({ log: () => {} }), bundleFunctions({ log: () => {} })]);
  expect(first.map((r) => r.rebuilt)).toEqual(functions.map(() => true));
  expect(second.map((r) => r.rebuilt)).toEqual(functions.map(() => false));
}, 60_000);

test('the committed cloudbaserc.json matches the function folders', () => {
  const expected = createCloudbaserc(functions, { version: rootVersion, functionRoot: './cloudfunctions/dist' });
  expect(readJson(path.join(REPO_ROOT, 'cloudbaserc.json'))).toEqual(expected);
  for (const entry of expected.functions) {
    expect(entry.runtime).toBe('Nodejs18.15');
    expect(entry.installDependency).toBe(true);
  }
});

test('with the CloudBase store, a call requires the CloudBase SDK and never the native sqlite driver', async () => {
  // A made-up environment and keys: the store fails to reach CloudBase, which is fine; what was required is the
  // point. (Without any keys @cloudbase/node-sdk 3.18 leaves a rejected promise unhandled and the process dies.)
  const env = {
    LINLI_STORE: 'cloudbase',
    LINLI_RUNTIME: 'cloudbase',
    LINLI_LOG_LEVEL: 'silent',
    TCB_ENV_ID: 'linli-bundle-test',
    TENCENTCLOUD_SECRETID: 'bundle-test-id',
    TENCENTCLOUD_SECRETKEY: 'bundle-test-key',
  };
  await Promise.all(
    functions.map(async (fn) => {
      const bundle = await startBundle(fn.name, env);
      try {
        expect(await bundle.call({ action: 'no-such-action' }, { request_id: 'cloudbase-probe' })).toMatchObject({
          ok: false,
        });
        const requested = await bundle.requires();
        expect(requested).toContain('@cloudbase/node-sdk');
        expect(requested).not.toContain('better-sqlite3');
      } finally {
        bundle.kill();
      }
    }),
  );
}, 60_000);

/** Files under `dir` the process holds open (Linux /proc); the store must hold none once disposed. */
function openFilesUnder(pid: number, dir: string): string[] {
  const fdDir = `/proc/${pid}/fd`;
  if (!existsSync(fdDir)) return [];
  return readdirSync(fdDir)
    .map((fd) => {
      try {
        return readlinkSync(path.join(fdDir, fd));
      } catch {
        return '';
      }
    })
    .filter((target) => target.startsWith(realpathSync(dir)));
}

describe.each(functions.map((fn) => [fn.name, fn] as const))('bundle %s', (name, fn) => {
  const outDir = path.join(DIST_ROOT, name);
  const { dataDir, cleanUp } = makeDataDir(`bundle-${name}`);
  let bundle: BundleProcess;
  let requiredAtLoad: string[] = [];

  beforeAll(async () => {
    bundle = await startBundle(name, localTestEnv(dataDir));
    requiredAtLoad = await bundle.requires();
  }, 30_000);

  afterAll(async () => {
    await bundle.dispose().catch(() => {});
    bundle.kill();
    cleanUp();
  });

  test('is a folder tcb deploys as it is: package.json without the native driver, config.json with build info', () => {
    const pkg = readJson(path.join(outDir, 'package.json')) as Record<string, unknown> & {
      linli: { builtAt: string };
    };
    expect(pkg).toMatchObject({ name, version: rootVersion, main: 'index.js' });
    expect(pkg.dependencies).toEqual({ '@cloudbase/node-sdk': sdkRange });
    expect(Number.isNaN(Date.parse(pkg.linli.builtAt))).toBe(false);

    expect(readJson(path.join(outDir, 'config.json'))).toEqual({
      ...fn.config,
      envVariables: { ...fn.config.envVariables, LINLI_VERSION: rootVersion, LINLI_BUILT_AT: pkg.linli.builtAt },
    });

    const code = readFileSync(path.join(outDir, 'index.js'), 'utf8');
    expect(code.trimEnd().endsWith('//# sourceMappingURL=index.js.map')).toBe(true);
    expect((readJson(path.join(outDir, 'index.js.map')) as { version: number }).version).toBe(3);
    // Nothing about the build machine is baked in.
    expect(code).not.toContain(REPO_ROOT);
  });

  test('loads without requiring either store driver', async () => {
    const info = await bundle.info();
    expect(info).toMatchObject({ contract: name, isFunction: true });
    expect(requiredAtLoad).not.toContain('better-sqlite3');
    expect(requiredAtLoad).not.toContain('@cloudbase/node-sdk');
  });

  test('declares a timer route for every trigger in config.json and no other', async () => {
    const { timers } = await bundle.info();
    expect([...timers].sort()).toEqual(fn.config.triggers.map((t) => t.name).sort());
  });

  test.each([
    ['null', null],
    ['a string', 'ping'],
    ['an empty object', {}],
    ['an array', [{ action: 'ping' }]],
    ['a numeric action', { action: 7 }],
  ])('answers %s with REQUEST.MALFORMED', async (_label, event) => {
    const res = await bundle.call(event, {});
    expect(res).toMatchObject({ ok: false, error: { code: 'REQUEST.MALFORMED' } });
  });

  test.each(['no-such-action', '__proto__', 'constructor', 'toString'])(
    'answers unknown action %s with FN.UNKNOWN_ACTION',
    async (action) => {
      const res = await bundle.call({ action, data: {} }, {});
      expect(res).toMatchObject({ ok: false, error: { code: 'FN.UNKNOWN_ACTION' } });
    },
  );

  test('refuses a timer for a trigger it does not declare', async () => {
    const res = await bundle.call({ Type: 'Timer', TriggerName: 'no-such-trigger' }, { source: 'timer' });
    expect(res).toMatchObject({ ok: false, error: { code: 'FN.UNKNOWN_ACTION' } });
  });

  test('does not run a timer event that arrives from a caller instead of the platform', async () => {
    for (const trigger of fn.config.triggers) {
      const res = await bundle.call({ Type: 'Timer', TriggerName: trigger.name }, { source: 'http' });
      expect(res).toMatchObject({ ok: false, error: { code: 'REQUEST.MALFORMED' } });
    }
  });

  test('carries the request id from the context into errors', async () => {
    const res = await bundle.call({ action: 'no-such-action' }, { request_id: 'req-bundle-test-1' });
    expect(res).toMatchObject({ ok: false, error: { requestId: 'req-bundle-test-1' } });
  });

  test('required the sqlite driver only once a call chose the sqlite store, and never the CloudBase SDK', async () => {
    const after = await bundle.requires();
    expect(after).toContain('better-sqlite3');
    expect(after).not.toContain('@cloudbase/node-sdk');
  });

  test('dispose closes the store cleanly: the process then exits by itself, with nothing left open', async () => {
    const own = makeDataDir(`dispose-${name}`);
    const probe = await startBundle(name, localTestEnv(own.dataDir));
    try {
      expect(await probe.call({ action: 'no-such-action' }, {})).toMatchObject({ ok: false });
      expect(openFilesUnder(probe.pid, own.dataDir).length).toBeGreaterThan(0);
      await probe.dispose();
      await probe.dispose();
      expect(openFilesUnder(probe.pid, own.dataDir)).toEqual([]);
      expect(await probe.exit()).toBe(0);
    } finally {
      probe.kill();
      own.cleanUp();
    }
  }, 15_000);
});

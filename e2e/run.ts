import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { type SpawnedCloud, spawnLocalCloud } from '../cloudfunctions/local/testing/spawn-local-cloud';
import { buildAll, describeBuildError } from '../scripts/build';
import { JOURNEYS } from './journeys';
import { findAccessibilityProblems } from './lib/axe';
import { CHROMIUM, hasChromium, launchChromium } from './lib/browser';
import type { Journey } from './lib/journey';

const ARTIFACTS = path.join(__dirname, 'artifacts');
/** A phone: residents use the app on one, and the console is mobile-first. */
const VIEWPORT = { width: 390, height: 844 };

interface Outcome {
  name: string;
  error: string | null;
  ms: number;
}

/**
 * `npm run test:e2e`: builds what is missing, starts the local cloud as its own process on a free port and a
 * throw-away data folder, walks every journey in Chromium (axe on app pages, a screenshot each), stops the stack,
 * and ends with the one line CI reads: `N passed, M failed`.
 */
async function main(): Promise<number> {
  if (!hasChromium()) {
    process.stderr.write(
      `${CHROMIUM} is missing. Install Debian's Chromium: sudo apt-get update && sudo apt-get install -y chromium\n`,
    );
    return 1;
  }
  try {
    // `--skip-build` runs against the builds as they are (quicker while iterating on a journey).
    if (!process.argv.includes('--skip-build')) await buildAll();
  } catch (error) {
    process.stderr.write(`${describeBuildError(error)}\n`);
    return 1;
  }

  mkdirSync(ARTIFACTS, { recursive: true });
  const dataDir = mkdtempSync(path.join(tmpdir(), 'linli-e2e-'));
  const cloud = spawnLocalCloud({ PORT: '0', LINLI_DATA_DIR: dataDir, LINLI_LOG_LEVEL: 'warn' });
  const outcomes: Outcome[] = [];
  let browser: Browser | undefined;
  try {
    const baseUrl = await withTimeout(cloud.url, 60_000, 'the local cloud did not start');
    await waitForHealth(baseUrl, 30_000);
    process.stdout.write(`local cloud up at ${baseUrl}\n`);
    browser = await launchChromium();
    for (const journey of JOURNEYS) outcomes.push(await walk(browser, journey, baseUrl));
  } catch (error) {
    outcomes.push({ name: 'start the stack', error: (error as Error).message, ms: 0 });
  } finally {
    await browser?.close();
    outcomes.push(await stopCloud(cloud));
    rmSync(dataDir, { recursive: true, force: true });
  }

  const failed = outcomes.filter((outcome) => outcome.error !== null);
  if (failed.length > 0) {
    const { stderr } = await cloud.exited;
    if (stderr.trim())
      process.stderr.write(`--- local cloud stderr ---\n${stderr.trim().split('\n').slice(-40).join('\n')}\n`);
  }
  process.stdout.write(`${outcomes.length - failed.length} passed, ${failed.length} failed\n`);
  return failed.length === 0 ? 0 : 1;
}

async function walk(browser: Browser, journey: Journey, baseUrl: string): Promise<Outcome> {
  const started = performance.now();
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  let error: string | null = null;
  try {
    await journey.run({ page, baseUrl });
    if (journey.isAppPage) {
      const problems = await findAccessibilityProblems(page);
      if (problems.length > 0) error = `accessibility:\n      ${problems.join('\n      ')}`;
    }
    if (pageErrors.length > 0)
      error = `${error ? `${error}\n    ` : ''}uncaught page errors: ${pageErrors.join(' | ')}`;
  } catch (thrown) {
    error = (thrown as Error).message.split('\n').slice(0, 6).join('\n    ');
  } finally {
    await page.screenshot({ path: path.join(ARTIFACTS, `${journey.id}.png`), fullPage: true }).catch(() => undefined);
    await context.close();
  }
  const ms = Math.round(performance.now() - started);
  process.stdout.write(`${error ? '✗' : '✓'} ${journey.name} (${ms} ms)${error ? `\n    ${error}` : ''}\n`);
  return { name: journey.name, error, ms };
}

async function stopCloud(cloud: SpawnedCloud): Promise<Outcome> {
  const started = performance.now();
  const exit = await cloud.stop();
  const isClean = exit.code === 0;
  const name = 'local cloud stops cleanly on SIGINT';
  process.stdout.write(`${isClean ? '✓' : '✗'} ${name} (exit ${exit.signal ?? exit.code})\n`);
  return {
    name,
    error: isClean ? null : `exit ${exit.signal ?? exit.code}`,
    ms: Math.round(performance.now() - started),
  };
}

async function waitForHealth(baseUrl: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return;
      last = `HTTP ${response.status} ${await response.text()}`;
    } catch (error) {
      last = (error as Error).message;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`/api/health never became healthy: ${last}`);
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n0 passed, 1 failed\n`);
    process.exit(1);
  },
);

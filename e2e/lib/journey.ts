import type { Page } from 'playwright-core';

export interface JourneyContext {
  page: Page;
  /** The local cloud under test, e.g. `http://127.0.0.1:41234`. */
  baseUrl: string;
}

/**
 * One thing a person (or a client) does against the running stack. `page: true` journeys are app pages: they are
 * checked with axe and screenshotted as they end; the others leave a screenshot of what they rendered.
 */
export interface Journey {
  name: string;
  /** A file-name-safe id for the screenshot. */
  id: string;
  isAppPage: boolean;
  run(context: JourneyContext): Promise<void>;
}

/** Puts an API answer on the page, so the journey's screenshot shows what came back. */
export async function showResponse(page: Page, title: string, status: number, body: unknown): Promise<void> {
  const escapeHtml = (text: string) =>
    text.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c] ?? c);
  await page.setContent(
    `<!doctype html><html lang="zh-CN"><body><main><h1>${escapeHtml(title)}</h1><p>HTTP ${status}</p><pre>${escapeHtml(
      JSON.stringify(body, null, 2),
    )}</pre></main></body></html>`,
  );
}

export function expectThat(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

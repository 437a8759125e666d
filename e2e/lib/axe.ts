import type { AxeResults, Result } from 'axe-core';
import type { Page } from 'playwright-core';

const BLOCKING = new Set(['serious', 'critical']);

/** axe-core's own bundle, injected as a script; no network, no plugin. */
const AXE_SOURCE: string = (require('axe-core') as { source: string }).source;

/** Runs axe on the page as it is now; returns the serious and critical violations, one readable line each. */
export async function findAccessibilityProblems(page: Page): Promise<string[]> {
  // Evaluated over the DevTools protocol rather than added as a <script>: the pages' CSP (rightly) refuses inline
  // scripts it does not know, and bypassing CSP for the whole journey would hide CSP breakage in the app.
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(() => (window as unknown as { axe: { run(): Promise<AxeResults> } }).axe.run());
  return results.violations
    .filter((violation: Result) => BLOCKING.has(violation.impact ?? ''))
    .map(
      (violation: Result) =>
        `${violation.impact} ${violation.id}: ${violation.help} (${violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(' '))
          .join('; ')})`,
    );
}

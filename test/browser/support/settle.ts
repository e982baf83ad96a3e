import type { Page } from 'playwright-core';

/** The little of the DOM the check needs (the test code is compiled without the DOM library). */
interface PageDocument {
  querySelector(selector: string): unknown;
  querySelectorAll(selector: string): { length: number };
}

/**
 * Resolves once the page is drawn with its data: it has a heading and none of the dashboard's
 * Loading statuses is left. A function, not a string: the page's CSP forbids eval.
 */
export async function waitUntilLoaded(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const doc = (globalThis as unknown as { document: PageDocument }).document;
      return (
        doc.querySelector('main h1') !== null &&
        doc.querySelectorAll('p.status[role="status"]').length === 0
      );
    },
    undefined,
    { timeout, polling: 50 },
  );
}

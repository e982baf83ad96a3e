import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launchChromium, skipReason, watchPageErrors } from './support/chromium.js';
import type { Dashboard } from './support/dashboard.js';
import { startDashboard } from './support/dashboard.js';
import { loadScoredDemo, memberWithPassword } from './support/demo.js';
import { signIn } from './support/journey.js';
import { waitUntilLoaded } from './support/settle.js';

if (!chromiumPath) console.warn(skipReason);

interface Box {
  text: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The DOM the checks read (the test code is compiled without the DOM library). */
interface Rect {
  left: number;
  right: number;
  top: number;
  bottom: number;
}
interface Node {
  textContent: string | null;
  scrollWidth: number;
  clientWidth: number;
  getBoundingClientRect(): Rect;
  querySelectorAll(selector: string): ArrayLike<Node>;
  getAttribute(name: string): string | null;
}

/** Every text drawn in each chart of the page, with its box on the screen. */
function chartTexts(page: Page): Promise<{ chart: Rect; texts: Box[] }[]> {
  return page.evaluate(() =>
    Array.from(
      (globalThis as unknown as { document: Node }).document.querySelectorAll('.chart svg'),
    ).map((svg) => ({
      chart: svg.getBoundingClientRect(),
      texts: Array.from(svg.querySelectorAll('text'))
        .map((t) => {
          const { left, right, top, bottom } = t.getBoundingClientRect();
          return { text: t.textContent ?? '', left, right, top, bottom };
        })
        .filter((t) => t.text.trim() !== '' && t.right > t.left),
    })),
  );
}

/** Tables whose content is wider than their space. */
function clippedTables(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(
      (globalThis as unknown as { document: Node }).document.querySelectorAll('.table-wrap'),
    )
      .filter((w) => w.scrollWidth > w.clientWidth + 1)
      .map((w) => `${w.scrollWidth} > ${w.clientWidth}`),
  );
}

/** Text boxes include the font's ascent and descent; glyphs closer than 3 px count as touching. */
const SLACK = 3;
const overlap = (a: Box, b: Box) =>
  a.left < b.right - SLACK &&
  b.left < a.right - SLACK &&
  a.top < b.bottom - SLACK &&
  b.top < a.bottom - SLACK;

describe.skipIf(!chromiumPath)('the dashboard fits laptop and tablet screens', () => {
  let d: Dashboard;
  let browser: Browser;

  beforeAll(async () => {
    d = await startDashboard();
    const tenant = await loadScoredDemo(d.t.db, 300, 90);
    await memberWithPassword(d.t.db, tenant.id, 'layout@demo.test', 'admin');
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await d?.close();
  });

  async function open(width: number, path: string): Promise<{ page: Page; errors: string[] }> {
    const context = await browser.newContext({ baseURL: d.url, viewport: { width, height: 900 } });
    const page = await context.newPage();
    const errors = watchPageErrors(page);
    await signIn(page, 'layout@demo.test');
    await page.goto(path);
    await waitUntilLoaded(page);
    return { page, errors };
  }

  for (const width of [1366, 1024]) {
    it(`draws the Overview at ${width} px with nothing clipped or overlapping`, async () => {
      const { page, errors } = await open(width, '/overview');
      await page.locator('.chart svg text').first().waitFor();
      await page.waitForTimeout(500);
      expect(await clippedTables(page)).toEqual([]);
      const charts = await chartTexts(page);
      expect(charts).toHaveLength(2);
      for (const { chart, texts } of charts) {
        expect(texts.length).toBeGreaterThan(5);
        for (const t of texts) {
          expect(t.left, t.text).toBeGreaterThanOrEqual(chart.left - 1);
          expect(t.right, t.text).toBeLessThanOrEqual(chart.right + 1);
        }
        for (const [i, a] of texts.entries())
          for (const b of texts.slice(i + 1))
            expect(overlap(a, b), `"${a.text}" overlaps "${b.text}"`).toBe(false);
      }
      // The legend's second entry starts after the first one's text and its own marker.
      const [trend] = charts;
      const mean = trend?.texts.find((t) => t.text === 'Mean risk');
      const high = trend?.texts.find((t) => t.text === 'High or critical');
      expect((high?.left ?? 0) - (mean?.right ?? Infinity)).toBeGreaterThanOrEqual(25);
      expect(errors).toEqual([]);
    });

    it(`fits the People table at ${width} px`, async () => {
      const { page, errors } = await open(width, '/people');
      expect(await clippedTables(page)).toEqual([]);
      expect(errors).toEqual([]);
    });
  }

  it('lets a table too wide for a narrow window scroll from the keyboard', async () => {
    const { page } = await open(560, '/people');
    const region = page.getByRole('region', { name: 'People, riskiest first' });
    await region.waitFor();
    expect(await region.getAttribute('tabindex')).toBe('0');
    await region.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => region.evaluate((e) => (e as unknown as { scrollLeft: number }).scrollLeft))
      .toBeGreaterThan(0);
  });
});

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { seriousViolations } from './axe.js';
import { viewports, watchPageErrors } from './chromium.js';
import { TEST_PASSWORD } from './organisation.js';

export interface Tab {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

/** A fresh browser profile (no cookies) on a laptop-sized screen. */
export async function openTab(browser: Browser, baseURL: string): Promise<Tab> {
  const context = await browser.newContext({ baseURL, viewport: viewports.laptop });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return { context, page, errors: watchPageErrors(page) };
}

/**
 * Signs in through the form, as a person would, using only the keyboard. Opens the sign-in page
 * first unless the browser was already sent there.
 */
export async function signIn(page: Page, email: string, password = TEST_PASSWORD): Promise<void> {
  if (!new URL(page.url()).pathname.startsWith('/login')) await page.goto('/login');
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByLabel('Password').press('Enter');
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/** The page has no serious or critical axe-core violations. */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  const violations = await seriousViolations(page);
  expect(violations, `${what}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
}

/** Names of the main navigation's links, in order. */
export async function navigation(page: Page): Promise<string[]> {
  return page.getByRole('navigation', { name: 'Main' }).getByRole('link').allInnerTexts();
}

import type { Browser, Page } from "playwright-core";

export interface WatchedPage {
  readonly page: Page;
  /** Every URL the page requested, in order. */
  readonly requests: string[];
  /** CSP violations, from both the DOM event and the console. */
  readonly cspViolations: string[];
  readonly errors: string[];
}

/**
 * A new page that records every request, every Content Security Policy violation and
 * every error, so a test can assert there were none it did not expect.
 */
export async function watchPage(browser: Browser, viewport = { width: 1024, height: 800 }): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  const watched: WatchedPage = { page, requests: [], cspViolations: [], errors: [] };
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const list = ((window as unknown as { __csp?: string[] }).__csp ??= []);
      list.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  page.on("request", (request) => watched.requests.push(request.url()));
  page.on("console", (message) => {
    if (/Content.Security.Policy/i.test(message.text())) watched.cspViolations.push(message.text());
    else if (message.type() === "error") watched.errors.push(message.text());
  });
  page.on("pageerror", (error) => watched.errors.push(error.message));
  return watched;
}

export async function domCspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
}

import type { Page } from "playwright-core";

/**
 * Opens a form page and waits until it is usable and the network has settled; returns the
 * list, filled from then on, of every request the page makes after loading.
 */
export async function openForm(page: Page, url: string): Promise<string[]> {
  await page.goto(url);
  await page.locator("#root_child_name").waitFor();
  await page.waitForLoadState("networkidle");
  const requests: string[] = [];
  page.on("request", (request) => requests.push(`${request.method()} ${request.url()}`));
  return requests;
}

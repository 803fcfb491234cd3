/**
 * The site-wide publishing pages on the real site (comparison, developers, schema) and
 * `npm run dev` picking up an edited policy.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { withoutTestRunnerEnv } from "../support/build-site.ts";
import { launchChromium } from "../support/chromium.ts";
import { fromRoot } from "../helpers.ts";

const siteUrl = inject("siteUrl");

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  // Sorting must work with JavaScript off.
  page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
});

afterAll(async () => {
  await browser?.close();
});

const rows = () =>
  page
    .locator("table.app-compare tbody tr")
    .evaluateAll((trs) => trs.map((tr) => [tr.getAttribute("data-area"), Number(tr.querySelector("td")?.textContent)] as const));

describe("the comparison page", () => {
  it("lists every area's procedure in force and sorts by each column through links, without JavaScript", async () => {
    await page.goto(`${siteUrl}/compare/`);
    const names = await page.locator("table.app-compare tbody th a").allInnerTexts();
    // A row per procedure: Slough has two (its Independent Chair escalation, and concerns about the Independent Chair), the others one.
    expect(names).toHaveLength(6);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect(names.filter((n) => n === "Slough")).toHaveLength(2);
    expect(await page.locator('tr[data-area="slough"] [data-testid="compare-track"]').allInnerTexts()).toEqual([
      expect.stringMatching(/^Procedure 1 of 2: /),
      expect.stringMatching(/^Procedure 2 of 2: /),
    ]);
    expect(await page.locator('th[aria-sort="ascending"]').innerText()).toBe("Area");

    await page.getByRole("link", { name: "Stages", exact: true }).click();
    expect(page.url()).toBe(`${siteUrl}/compare/by-stages/`);
    const byStages = await rows();
    // Counts from most to fewest, then the areas whose stages were not available to us
    // (Sandwell's and the Liquid Logic authority's), which have no count to sort by.
    const counted = byStages.filter(([, stages]) => !Number.isNaN(stages)).map(([, stages]) => stages);
    expect(counted).toEqual([...counted].sort((a, b) => b - a));
    expect(
      byStages
        .slice(counted.length)
        .map(([area]) => area)
        .sort(),
    ).toEqual(["liquid-logic-authority", "sandwell"]);
    expect(await page.locator('tr[data-area="sandwell"] td').first().innerText()).toBe("not available to us: see the original");
    expect(await page.locator('th[aria-sort="descending"]').innerText()).toBe("Stages");
    // Slough's main procedure has an informal stage and four formal ones.
    expect(byStages[0]).toEqual(["slough", 5]);

    await page.getByRole("link", { name: "Last stage reaches" }).click();
    const lastStage = await page
      .locator("table.app-compare tbody tr")
      .evaluateAll((trs) => trs.map((tr) => tr.querySelectorAll("td")[2]!.textContent!.trim()));
    const absent = ["not stated in the procedure", "not available to us: see the original"];
    const stated = lastStage.filter((t) => !absent.includes(t));
    // Named recipients in order, then the areas whose source does not say or was not available.
    expect(lastStage.slice(0, stated.length)).toEqual([...stated].sort((a, b) => a.localeCompare(b)));
    expect(lastStage.slice(stated.length).every((t) => absent.includes(t))).toBe(true);
    expect(stated.length).toBeGreaterThan(0);

    await page.getByRole("link", { name: "Routes that skip stages" }).click();
    expect((await rows())[0]![0]).toMatch(/slough|solihull/);
    expect(await page.locator("table.app-compare").innerText()).toContain("not stated in the procedure");
  });
});

describe("the developers page and exports", () => {
  it("links to files that all exist, and serves the authoring schema as it is in the repository", async () => {
    await page.goto(`${siteUrl}/developers/`);
    const links = await page.locator("main a").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links.length).toBeGreaterThan(30);
    for (const link of links) expect((await page.request.get(link)).status(), link).toBe(200);
    const served = await (await page.request.get(`${siteUrl}/schemas/policy.schema.json`)).json();
    expect(served).toEqual(JSON.parse(readFileSync(fromRoot("schemas/policy.schema.json"), "utf8")));
  });
});

describe("npm run dev", () => {
  let server: ChildProcess | undefined;
  afterAll(() => {
    server?.kill();
  });

  it("shows an edited policy on the next request, and reports a broken one in the terminal", async () => {
    const policies = mkdtempSync(path.join(tmpdir(), "escalation-kit-dev-"));
    cpSync(fromRoot("policies/solihull"), path.join(policies, "solihull"), { recursive: true });
    const file = path.join(policies, "solihull", "2017-04.yaml");
    let output = "";
    // As an author runs it: Astro's dev server serves no pages when it sees vitest's
    // variables (VITEST, NODE_ENV=test), so they are left out.
    const env = withoutTestRunnerEnv();
    server = spawn(process.execPath, ["node_modules/astro/bin/astro.mjs", "dev", "--port", "4517", "--host", "127.0.0.1"], {
      cwd: fromRoot(),
      env: { ...env, ESCALATION_KIT_POLICIES: policies, NO_COLOR: "1", FORCE_COLOR: "0" },
    });
    server.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    server.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    // Astro moves to the next port when 4517 is taken: use the address it prints.
    await expect.poll(() => output, { timeout: 60_000, interval: 250 }).toMatch(/http:\/\/127\.0\.0\.1:\d+\//);
    const base = /http:\/\/127\.0\.0\.1:\d+\//.exec(output)![0];
    const title = async () => /<h1[^>]*>([^<]*)/.exec(await (await fetch(`${base}solihull/`)).text())?.[1]?.trim();
    // The first request waits for Vite to prepare the pages.
    await expect.poll(title, { timeout: 60_000, interval: 500 }).toBe("Dispute Resolution / Escalation Procedures");

    writeFileSync(file, readFileSync(file, "utf8").replace(/^title: .*$/m, "title: Edited while the server runs"));
    await expect.poll(title, { timeout: 20_000, interval: 250 }).toBe("Edited while the server runs");

    // A page open in the browser shows the diagnostics in Vite's error overlay.
    const devPage = await browser.newPage();
    await devPage.goto(`${base}solihull/`);
    await devPage.waitForLoadState("networkidle");
    writeFileSync(file, `${readFileSync(file, "utf8")}\nbogus: [\n`);
    await expect.poll(() => output, { timeout: 20_000, interval: 250 }).toMatch(/2017-04\.yaml:\d+:\d+ error YAML_SYNTAX/);
    const overlay = devPage.locator("vite-error-overlay");
    await overlay.waitFor({ state: "attached", timeout: 20_000 });
    expect(await overlay.evaluate((el) => el.shadowRoot?.textContent ?? "")).toMatch(/2017-04\.yaml:\d+:\d+ error YAML_SYNTAX/);
    await devPage.close();
  });
});

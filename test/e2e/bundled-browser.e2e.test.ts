/**
 * A machine with no browser installed still gets build-time charts: the build finds the
 * Chromium packaged in the optional dependency `@sparticuz/chromium`. The system browser
 * is hidden from the build (ESCALATION_KIT_BROWSER=bundled skips the environment, the
 * system's and Playwright's), and the flowchart cache starts empty. A bare machine also
 * lacks the NSS libraries Chromium needs and may have no fonts: the packaged Chromium is
 * started with the package's own (checked here by where the loader finds them; the whole
 * build was also run with the system's browser, NSS and fonts hidden in a mount namespace,
 * as the README says).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { bundledChromium } from "../../src/render/bundled-chromium.ts";
import { buildSite } from "../support/build-site.ts";

describe("a build with no browser but the packaged one", () => {
  it("draws every chart at build time, as SVG files beside the page, with no mermaid sent to the reader", async () => {
    // The package is optional: on a platform it does not support the build falls back to the reader's browser.
    expect(await bundledChromium(), "the packaged Chromium is installed and unpacks").toBeDefined();
    const work = mkdtempSync(path.join(tmpdir(), "escalation-kit-bundled-"));
    const outDir = path.join(work, "dist");
    const build = buildSite(outDir, {
      ESCALATION_KIT_POLICIES: "test/fixtures/valid",
      ESCALATION_KIT_BROWSER: "bundled",
      ESCALATION_KIT_FLOWCHART_CACHE: path.join(work, "cache"),
    });
    expect(build.status, build.output).toBe(0);
    // With the cache empty and only the packaged browser allowed, an SVG can only come from it:
    // without a browser the build leaves the charts to the reader's browser and writes none.
    const area = path.join(outDir, "minimal");
    const svgs = readdirSync(area).filter((f) => /^flowchart-.+\.svg$/.test(f));
    expect(svgs.length).toBeGreaterThan(0);
    for (const svg of svgs) expect(readFileSync(path.join(area, svg), "utf8")).toMatch(/^<svg[\s\S]*<\/svg>$/);
    const page = readFileSync(path.join(area, "flowchart", "index.html"), "utf8");
    expect(page).toContain(`src="/minimal/${svgs[0]}"`);
    expect(page).not.toContain("mermaid.min.js");
    expect(existsSync(path.join(outDir, "vendor", "mermaid.min.js"))).toBe(false);
  });

  it("starts the packaged Chromium with the package's own NSS libraries and fonts, not the system's", async () => {
    const launcher = await bundledChromium();
    expect(launcher).toBeDefined();
    const run = spawnSync(launcher!, ["--version"], { encoding: "utf8", env: { ...process.env, LD_DEBUG: "libs" } });
    expect(run.status, run.stderr).toBe(0);
    const packaged = path.join(path.dirname(launcher!), "al2023", "lib");
    for (const library of ["libnss3.so", "libnspr4.so", "libnssutil3.so"])
      expect(run.stderr).toContain(`calling init: ${path.join(packaged, library)}`);
    const fonts = readFileSync(path.join(path.dirname(launcher!), "escalation-kit-fonts.conf"), "utf8");
    expect(fonts).toContain('<include ignore_missing="yes">/etc/fonts/fonts.conf</include>');
    expect(readdirSync(path.join(path.dirname(launcher!), "fonts"), { recursive: true, encoding: "utf8" })).toContain(
      path.join("fonts", "Open_Sans", "OpenSans-Regular.ttf"),
    );
  });
});

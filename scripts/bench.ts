/**
 * `npm run bench`: builds a synthetic site of many areas made from the seed policies and
 * prints how long it takes and how big the pages are. Not part of the tests: figures
 * depend on the machine.
 *
 *   npm run bench              # 200 areas
 *   npm run bench -- 400       # another count
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { compilePolicySource } from "../src/compiler/compile-policy.ts";
import { formatDiagnostic } from "../src/diagnostics/format-diagnostic.ts";
import { findPolicyFiles } from "../src/compiler/find-policy-files.ts";
import { chromium } from "playwright-core";
import { findBrowser, quietChromiumArgs } from "../src/render/find-browser.ts";
import { serveStatic } from "../test/support/serve-static.ts";
import { sampleTreeMemory } from "./sample-tree-memory.ts";

const root = path.resolve(import.meta.dirname, "..");
const count = Number(process.argv[2] ?? 200);
const work = mkdtempSync(path.join(tmpdir(), "escalation-kit-bench-"));
const policiesDir = path.join(work, "policies");
const cacheDir = path.join(work, "flowchart-cache");

// Synthetic areas: each seed copied with its title numbered, so every flowchart differs.
const seeds = findPolicyFiles([path.join(root, "policies")]);
for (let i = 0; i < count; i++) {
  const seed = seeds[i % seeds.length]!;
  const area = `${path.basename(path.dirname(seed))}-${String(i).padStart(4, "0")}`;
  const text = readFileSync(seed, "utf8")
    .replace(
      /^title: (.*)$/m,
      (_, title: string) => `title: ${title.startsWith(">") ? title : `"${title.replace(/"/g, '\\"')} (copy ${i})"`}`,
    )
    .replace(/^(\s+- id: )([a-z0-9-]+)\n(\s+name: )(.*)$/m, `$1$2\n$3$4 (copy ${i})`);
  mkdirSync(path.join(policiesDir, area), { recursive: true });
  writeFileSync(path.join(policiesDir, area, path.basename(seed)), text);
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

// 1. The whole build (Astro + Pagefind) twice: cold, with empty caches of flowcharts, form
// validators and form types, so every one is made; then again with all of them cached.
// The cold build logs at info level, which gives its flowchart figures; the cached one
// logs as CI does. The memory of each build's whole process tree is sampled as it runs.
const outDir = path.join(work, "dist");
const buildSite = async (env: Record<string, string>) => {
  const started = performance.now();
  const child = spawn(process.execPath, ["scripts/build-site.ts"], {
    cwd: root,
    env: {
      ...process.env,
      ESCALATION_KIT_POLICIES: policiesDir,
      ESCALATION_KIT_OUT_DIR: outDir,
      ...env,
    },
  });
  const memory = sampleTreeMemory(child.pid!);
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk));
  const status = await new Promise<number | null>((resolve) => child.on("close", resolve));
  const peakBytes = memory.stop();
  if (status !== 0) {
    console.error(output);
    process.exit(1);
  }
  return { ms: performance.now() - started, output, took: /^Took .*$/m.exec(output)?.[0] ?? "", peakBytes };
};
const benchCaches = {
  ESCALATION_KIT_FLOWCHART_CACHE: cacheDir,
  ESCALATION_KIT_VALIDATOR_CACHE: path.join(work, "validator-cache"),
  ESCALATION_KIT_FORM_TYPE_CACHE: path.join(work, "form-type-cache"),
};
const coldBuild = await buildSite({ CI: "", ...benchCaches });
const charts = /flowcharts: (\d+) rendered(?: \((\d+) ms each, (\d+) at once\))?/.exec(coldBuild.output);
const build = await buildSite({ CI: "1", ...benchCaches });
const buildMs = build.ms;
// Astro's part alone (policies, charts, validators, pages), from the build's own timings.
const astroMs = Number(/Took Astro \([^)]*\) ([\d.]+) s/.exec(build.took)?.[1]) * 1000;

// 2. A bare Astro project of as many pages of the same size, built in the same run: the
// floor that says how much of our time is Astro's own. Inside the project, so it finds
// Astro in our node_modules; one getStaticPaths, no integration, no CSS.
const bareAstro = (pages: number, bytesPerPage: number, others = 0, bytesPerOther = 0) => {
  const dir = path.join(root, ".cache", "bench-bare");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, "src", "pages"), { recursive: true });
  writeFileSync(path.join(dir, "astro.config.mjs"), `export default { output: "static", logLevel: "warn" };\n`);
  const paragraph = "Escalation procedures say who raises a concern with whom, how fast, and what to record. ";
  writeFileSync(
    path.join(dir, "src", "pages", "[page].astro"),
    `---
export function getStaticPaths() {
  return Array.from({ length: ${pages} }, (_, i) => ({ params: { page: String(i) } }));
}
const { page } = Astro.params;
const text = ${JSON.stringify(paragraph)}.repeat(${Math.max(1, Math.round(bytesPerPage / (paragraph.length + 7)))});
---
<html lang="en"><head><title>Page {page}</title></head><body><main><h1>Page {page}</h1>{text.split(". ").map((s) => <p>{s}.</p>)}</main></body></html>
`,
  );
  // Files that are not pages (our JSON, SVG, mermaid, type and validator files), as an
  // endpoint of the same number and average size, when asked for.
  if (others > 0)
    writeFileSync(
      path.join(dir, "src", "pages", "[file].json.ts"),
      `export function getStaticPaths() {
  return Array.from({ length: ${others} }, (_, i) => ({ params: { file: String(i) } }));
}
export const GET = ({ params }) => new Response(JSON.stringify({ file: params.file, text: "x".repeat(${Math.max(1, Math.round(bytesPerOther) - 30)}) }));
`,
    );
  const started = performance.now();
  const result = spawnSync(process.execPath, [path.join(root, "node_modules", "astro", "bin", "astro.mjs"), "build", "--root", dir], {
    cwd: dir,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = performance.now() - started;
  if (result.status !== 0) console.error(result.stdout, result.stderr);
  const built = readdirSync(path.join(dir, "dist"), { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".html"));
  const bytes = built.reduce((n, f) => n + statSync(path.join(dir, "dist", f)).size, 0);
  rmSync(dir, { recursive: true, force: true });
  return { ms, pages: built.length, bytesPerPage: bytes / Math.max(1, built.length) };
};

// 3. Bytes per page type: the HTML itself plus the CSS and JS files it links to.
const files = readdirSync(outDir, { recursive: true, encoding: "utf8" }).filter((f) => statSync(path.join(outDir, f)).isFile());
const html = files.filter((f) => f.endsWith(".html"));
const typeOf = (f: string) => {
  if (f === "index.html") return "index";
  const first = f.split("/")[0]!;
  if (["search", "compare", "developers"].includes(first)) return first;
  for (const page of ["flowchart", "briefing", "form", "changes", "history"]) if (f.endsWith(`${page}/index.html`)) return page;
  return "protocol";
};
const sizes = new Map<string, { pages: number; html: number; css: number; cssGzip: number; js: number; jsGzip: number }>();
for (const file of html) {
  const text = readFileSync(path.join(outDir, file), "utf8");
  // Islands name their scripts in component-url/renderer-url; the browser figures below
  // count what is actually fetched, including the chunks these import.
  const assets = [
    ...new Set([...text.matchAll(/(?:href|src|component-url|renderer-url)="([^"]+\.(css|js))"/g)].map((m) => `${m[2]} ${m[1]}`)),
  ].map((a) => ({ kind: a.split(" ")[0]!, url: a.split(" ")[1]! }));
  const entry = sizes.get(typeOf(file)) ?? { pages: 0, html: 0, css: 0, cssGzip: 0, js: 0, jsGzip: 0 };
  entry.pages++;
  entry.html += Buffer.byteLength(text);
  for (const asset of assets) {
    const body = readFileSync(path.join(outDir, asset.url.replace(/^\//, "")));
    if (asset.kind === "css") {
      entry.css += body.length;
      entry.cssGzip += gzipSync(body).length;
    } else {
      entry.js += body.length;
      entry.jsGzip += gzipSync(body).length;
    }
  }
  sizes.set(typeOf(file), entry);
}

const htmlBytes = html.reduce((n, f) => n + statSync(path.join(outDir, f)).size, 0);
const bare = bareAstro(html.length, htmlBytes / html.length);
// Not the target's floor: the issue's is pages alone. Beside it, a bare build writing our
// other files too, which says how much of the gap is what we publish besides pages.
const otherFiles = files.filter((f) => !f.endsWith(".html") && !f.startsWith("_astro/") && !f.startsWith("pagefind/") && f !== "_headers");
const otherBytes = otherFiles.reduce((n, f) => n + statSync(path.join(outDir, f)).size, 0);
const bareWithFiles = bareAstro(html.length, htmlBytes / html.length, otherFiles.length, otherBytes / Math.max(1, otherFiles.length));
const ours = html.length / (buildMs / 1000);
const bareRate = bare.pages / (bare.ms / 1000);

console.log(`\nescalation-kit benchmark: ${count} areas, ${html.length} pages`);
console.log(
  `  cold build (every flowchart drawn): ${seconds(coldBuild.ms)}${charts ? `; ${charts[1]} flowcharts drawn${charts[2] ? `, ${charts[2]} ms each, ${charts[3]} at once` : ""}` : ""}`,
);
console.log(`    ${coldBuild.took}`);
console.log(`  cached build (every flowchart, validator and type from cache): ${seconds(buildMs)}, ${ours.toFixed(1)} pages per second`);
console.log(`    ${build.took}`);
const mb = (bytes: number | undefined) => (bytes === undefined ? "not measured (no /proc)" : `${Math.round(bytes / 1024 / 1024)} MB`);
console.log(
  `  peak memory of the whole build, every process summed (sampled every 250 ms): cold ${mb(coldBuild.peakBytes)}, cached ${mb(build.peakBytes)} (target: under 4,096 MB)`,
);
console.log(
  `  bare Astro, ${bare.pages} pages of ${kb(bare.bytesPerPage)} (ours average ${kb(htmlBytes / html.length)}): ${seconds(bare.ms)}, ${bareRate.toFixed(1)} pages per second`,
);
console.log(`  throughput ratio, ours to bare Astro: ${(ours / bareRate).toFixed(2)} (target: at least 0.50)`);
console.log(
  `    bare Astro writing also ${otherFiles.length} other files of ${kb(otherBytes / Math.max(1, otherFiles.length))} (ours: JSON, SVG, mermaid, types, validators): ${seconds(bareWithFiles.ms)}; our whole build to it ${(bareWithFiles.ms / buildMs).toFixed(2)}, Astro's part alone ${(bareWithFiles.ms / astroMs).toFixed(2)}`,
);
// Not the target: the same ratio for Astro's part of our build alone, without the search
// index and publishing, which a bare Astro build does not do. It says how much of the gap
// is our pages and how much is the steps after them.
console.log(
  `    Astro's part of our build alone (no search index, no publishing): ${seconds(astroMs)}, ratio ${(html.length / (astroMs / 1000) / bareRate).toFixed(2)}`,
);
console.log(
  "  bytes per page (average; CSS and JS counted per page that links them; each revision's permanent copy counted with its type):",
);
for (const [type, s] of [...sizes].sort()) {
  console.log(
    `    ${type.padEnd(10)} ${String(s.pages).padStart(4)} pages   HTML ${kb(s.html / s.pages).padStart(9)}   CSS ${kb(s.css / s.pages).padStart(9)} (${kb(s.cssGzip / s.pages)} gzip)   JS ${kb(s.js / s.pages).padStart(9)} (${kb(s.jsGzip / s.pages)} gzip)`,
  );
}

// 4. The form page in headless Chromium: the JavaScript it loads before anyone touches it
// (the island, Preact, rjsf and the policy's precompiled validator, gzip as a server would
// send it), the time from navigation until the form can be used, and apart from those the
// PDF maker, fetched once the form is usable so that the PDF works offline.
const browserPath = await findBrowser();
if (browserPath) {
  const server = await serveStatic(outDir);
  const browser = await chromium.launch({ executablePath: browserPath, args: quietChromiumArgs });
  const formPages = seeds.map((_, i) =>
    html.find((f) => f === `${path.basename(path.dirname(seeds[i]!))}-${String(i).padStart(4, "0")}/form/index.html`)!,
  );
  console.log("  form page (median of 5 loads each, cold browser cache):");
  for (const file of formPages) {
    const runs: { js: number; jsGzip: number; laterGzip: number; ms: number }[] = [];
    for (let run = 0; run < 5; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const bodies = new Map<string, Promise<Buffer>>();
      page.on("response", (response) => {
        if (response.url().endsWith(".js")) bodies.set(response.url(), response.body());
      });
      // Usable: the island has hydrated and the validator is in, so the form renders. The
      // page notes the moment itself: waiting for the button from here lags by some
      // milliseconds, in which the PDF maker's request (made once the form is usable) was
      // counted as before it.
      await page.addInitScript(() => {
        new MutationObserver((_, observer) => {
          if ([...document.querySelectorAll("button")].some((b) => b.textContent?.trim() === "Check your answers")) {
            (window as { usableAt?: number }).usableAt = performance.now();
            observer.disconnect();
          }
        }).observe(document, { childList: true, subtree: true });
      });
      await page.goto(`${server.url}/${file.replace(/index\.html$/, "")}`);
      await page.getByRole("button", { name: "Check your answers" }).waitFor();
      await page.waitForLoadState("networkidle");
      // Each script by when it was asked for: before the form was usable, or after.
      const { ms, requested } = await page.evaluate(() => ({
        ms: (window as { usableAt?: number }).usableAt!,
        requested: performance
          .getEntriesByType("resource")
          .filter((e) => e.name.endsWith(".js"))
          .map((e) => ({ url: e.name, at: e.startTime })),
      }));
      const before = await Promise.all(requested.filter((r) => r.at <= ms).map((r) => bodies.get(r.url)!));
      const later = await Promise.all(requested.filter((r) => r.at > ms).map((r) => bodies.get(r.url)!));
      runs.push({
        js: before.reduce((n, b) => n + b.length, 0),
        jsGzip: before.reduce((n, b) => n + gzipSync(b).length, 0),
        laterGzip: later.reduce((n, b) => n + gzipSync(b).length, 0),
        ms,
      });
      await context.close();
    }
    const median = <T>(values: T[], key: (v: T) => number) => values.map(key).sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    console.log(
      `    ${path.dirname(path.dirname(file)).padEnd(32)} before interaction JS ${kb(median(runs, (r) => r.js)).padStart(9)} (${kb(median(runs, (r) => r.jsGzip))} gzip)   load to usable ${Math.round(median(runs, (r) => r.ms))} ms   then the PDF maker ${kb(median(runs, (r) => r.laterGzip))} gzip`,
    );
  }

  // 5. `npm run dev` with every area: a policy saved, and the time until the open page
  // shows the change (three saves, median), with every chart, validator and type cached
  // as an author's machine has them after the first start.
  const area = path.basename(path.dirname(seeds[0]!)) + "-0000";
  const policyFile = path.join(policiesDir, area, path.basename(seeds[0]!));
  const original = readFileSync(policyFile, "utf8");
  const dev = spawn(
    process.execPath,
    [path.join(root, "node_modules", "astro", "bin", "astro.mjs"), "dev", "--port", "4399", "--host", "127.0.0.1"],
    {
      cwd: root,
      env: { ...process.env, ESCALATION_KIT_POLICIES: policiesDir, ...benchCaches, NO_COLOR: "1" },
    },
  );
  let devOutput = "";
  dev.stdout.on("data", (chunk: Buffer) => (devOutput += chunk));
  dev.stderr.on("data", (chunk: Buffer) => (devOutput += chunk));
  const startedDev = performance.now();
  while (!/http:\/\/127\.0\.0\.1:\d+\//.test(devOutput) && performance.now() - startedDev < 180_000)
    await new Promise((r) => setTimeout(r, 100));
  const devBase = /http:\/\/127\.0\.0\.1:\d+\//.exec(devOutput)?.[0];
  try {
    if (!devBase) throw new Error(`npm run dev did not start:\n${devOutput}`);
    const page = await browser.newPage();
    const firstLoad = performance.now();
    await page.goto(`${devBase}${area}/`, { timeout: 180_000 });
    const firstMs = performance.now() - firstLoad;
    const saves: number[] = [];
    try {
      for (let i = 1; i <= 3; i++) {
        const marker = `Edited for the benchmark ${i}`;
        const saved = performance.now();
        writeFileSync(policyFile, original.replace(/^title: .*$/m, `title: "${marker}"`));
        await page.waitForFunction((m) => document.querySelector("h1")?.textContent?.includes(m), marker, { timeout: 60_000, polling: 20 });
        saves.push(performance.now() - saved);
      }
    } finally {
      writeFileSync(policyFile, original);
      await page.close();
    }
    console.log(
      `  npm run dev with ${count} areas: first page ${seconds(firstMs)} after the server gave its address; a saved policy shown ${saves.map((ms) => `${Math.round(ms)} ms`).join(", ")} after saving (median ${Math.round(saves.sort((a, b) => a - b)[1]!)} ms; target: within 2,000 ms)`,
    );
  } finally {
    dev.kill("SIGTERM");
    await browser.close();
  }
  await server.close();
} else {
  console.log("  form page timing skipped: no Chromium found (install chromium or set ESCALATION_KIT_BROWSER)");
}
// 6. Checking cost as a file grows: unknown keys spread over maps of 190 (under every
// limit), the worst case for the schema step, compiled and every diagnostic printed.
const minimal = readFileSync(path.join(root, "test/fixtures/valid/minimal/2024-01.yaml"), "utf8");
const checkMs = (keys: number) => {
  const maps = Math.ceil(keys / 190);
  const principles = Array.from(
    { length: maps },
    (_, m) => `  - id: p${m}\n    text: x\n${Array.from({ length: 190 }, (_, k) => `    k${k}: 1`).join("\n")}`,
  ).join("\n");
  const source = minimal.replace(/principles:\n[\s\S]*?\nscope:/, `principles:\n${principles}\nscope:`);
  const identity = { areaId: "bench", revisionId: "2024-01", file: "bench.yaml" };
  const runs = [0, 1, 2].map(() => {
    const t = performance.now();
    const result = compilePolicySource(source, identity, { today: "2025-06-01" });
    for (const d of result.diagnostics) formatDiagnostic(d, { source: result.source });
    return performance.now() - t;
  });
  return { ms: runs.sort((a, b) => a - b)[1]!, bytes: source.length };
};
checkMs(1000); // warm up: ajv compiles the schema once per process
console.log("  checking cost (npm run check on one file of unknown keys, median of 3):");
let previousMs: number | undefined;
for (const keys of [10_000, 20_000, 40_000]) {
  const { ms, bytes } = checkMs(keys);
  console.log(
    `    ${String(keys).padStart(6)} keys (${kb(bytes).padStart(9)})  ${Math.round(ms).toString().padStart(5)} ms${previousMs ? `   ${(ms / previousMs).toFixed(2)}x the time for twice the keys` : ""}`,
  );
  previousMs = ms;
}
rmSync(work, { recursive: true, force: true });

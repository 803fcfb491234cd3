/**
 * `npm run build`: builds the site into a staging folder inside the project (Astro, then
 * the Pagefind index, then the _headers file), and only when every step has succeeded
 * publishes it: `dist/` becomes a link to the new build in one rename
 * (src/site/publish-output.ts). A failed or interrupted build leaves the previous site
 * exactly as it was, and the next build removes whatever it left behind.
 */
import { fork, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { publishOutput, removeLeftovers, removeReplacedBuilds } from "../src/site/publish-output.ts";

// Removing the replaced build is many small deletions on libuv's thread pool: with 16
// threads in place of Node's 4, the step that ends the build (the _headers file, the
// switch and the removal of a site of 34,000 files) took 3.3 s instead of 4.5 to 5.0 s.
// Read when the pool is first used, which is after this line. Astro's process inherits
// it; its build was no slower for it (measured at 1,000 areas).
process.env.UV_THREADPOOL_SIZE ??= "16";

const root = path.resolve(import.meta.dirname, "..");
const outDir = path.resolve(root, process.env.ESCALATION_KIT_OUT_DIR ?? "dist");
// Inside the project, whatever the output folder: Astro moves files from its own work
// folder into the build with rename, which fails across file systems (EXDEV).
const stagingRoot = path.join(root, ".cache", "escalation-kit-builds");
const staging = path.join(stagingRoot, `build-${process.pid}`);

/**
 * Test hook: kills the build with SIGKILL at the named step, so the tests can show that
 * `dist/` survives a kill at each moment of publishing and the next build cleans up.
 */
const faultAt = process.env.ESCALATION_KIT_BUILD_FAULT;
const step = (name: string) => {
  if (faultAt === name) process.kill(process.pid, "SIGKILL");
};
/** Test hook: a step that never settles, as Pagefind's does when its process dies on a full disk. */
const neverSettles = (name: string): Promise<void> | undefined =>
  faultAt === `${name}:never-settles` ? new Promise<void>(() => undefined) : undefined;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".html"))
    .map((f) => path.join(dir, f))
    .filter((f) => statSync(f).isFile());
}

/**
 * Netlify/Cloudflare-style _headers: each page's own policy from its <meta> tag, plus
 * frame-ancestors, which only works as a header.
 */
export function renderHeadersFile(siteDir: string, base: string, pages = htmlFiles(siteDir)): string {
  const blocks = ["/*", "  X-Content-Type-Options: nosniff", "  Referrer-Policy: no-referrer", "  X-Frame-Options: DENY", ""];
  for (const file of [...pages].sort()) {
    const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(readFileSync(file, "utf8"))?.[1];
    if (!csp) continue;
    const relative = path.relative(siteDir, file).split(path.sep).join("/");
    const route = `${base.replace(/\/$/, "")}/${relative.replace(/(^|\/)index\.html$/, "$1")}`;
    const policy = `${csp.replace(/;\s*$/, "").replace(/;\s*/g, "; ")}; frame-ancestors 'none'`;
    blocks.push(route, `  Content-Security-Policy: ${policy}`, "");
  }
  return blocks.join("\n");
}

let finished = false;
/** Set once the new site is in place: from then on, nothing that happens is a failed build. */
let published = false;
/** Astro's build, while it runs (scripts/run-astro-build.ts says why it has its own process). */
let astro: ChildProcess | undefined;
/** The Astro process's peak memory, as it reported it when done. */
let astroPeakKb: number | undefined;

/** Runs Astro's build into the staging folder; rejects with Astro's own message. */
function buildWithAstro(): Promise<void> {
  return new Promise((resolve, reject) => {
    let failure: string | undefined;
    astro = fork(path.join(root, "scripts", "run-astro-build.ts"), {
      env: { ...process.env, ESCALATION_KIT_STAGING: staging },
      stdio: ["inherit", "inherit", "inherit", "ipc"],
    });
    astro.on("message", (message: { failed?: string; peakMemoryKb?: number }) => {
      failure = message.failed ?? failure;
      astroPeakKb = message.peakMemoryKb ?? astroPeakKb;
    });
    astro.on("error", reject);
    astro.on("exit", (code, signal) => {
      astro = undefined;
      if (code === 0) resolve();
      else reject(new Error(failure ?? `Astro's build stopped (${signal ?? `exit code ${code}`})`));
    });
  });
}

/** Stops Astro's build, if it is running, and waits until its process has gone. */
async function stopAstro(): Promise<void> {
  const running = astro;
  if (!running || running.exitCode !== null || running.signalCode !== null) return;
  const gone = new Promise((resolve) => running.once("exit", resolve));
  running.kill("SIGKILL");
  await gone;
}

/** Every way of stopping ends with "Build failed" and a reason, and the staging folder removed. */
function fail(reason: string): void {
  finished = true;
  rmSync(staging, { recursive: true, force: true });
  console.error(
    `\nBuild failed: ${reason}\n${existsSync(outDir) ? `The previous ${path.basename(outDir)}/ was left untouched.` : "Nothing was written."}`,
  );
}

async function main(): Promise<number> {
  const removed = removeLeftovers(outDir, stagingRoot);
  if (removed.length > 0) console.log(`Removed ${removed.length} folder(s) left by interrupted builds.`);
  mkdirSync(stagingRoot, { recursive: true });
  // Not an error: a preview or a test build has no public address. A published site should.
  if (!process.env.ESCALATION_KIT_SITE_URL)
    console.warn(
      "Warning: ESCALATION_KIT_SITE_URL is not set, so the feed's links are relative (many feed readers cannot follow them) and printed pages give no web address. Set it to the site's public address, for example ESCALATION_KIT_SITE_URL=https://policies.example.org.",
    );
  // How long each step took, printed with the summary: where a slow build's time goes.
  const timings: string[] = [];
  let since = performance.now();
  const took = (what: string) => {
    const now = performance.now();
    timings.push(`${what} ${((now - since) / 1000).toFixed(1)} s`);
    since = now;
  };
  try {
    await buildWithAstro();
    took("Astro (policies, charts, validators, pages)");
    step("after-astro");

    await neverSettles("pagefind");
    const pagefind = await import("pagefind");
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    const added = await index.addDirectory({ path: staging });
    if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath: path.join(staging, "pagefind") });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write the search index: ${written.errors.join("; ")}`);
    await pagefind.close();
    // addDirectory counts every page it read; the entry file says how many it indexed
    // (permanent copies of each revision are left out on purpose).
    const entry = JSON.parse(readFileSync(path.join(staging, "pagefind", "pagefind-entry.json"), "utf8")) as {
      languages: Record<string, { page_count: number }>;
    };
    const indexed = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
    took("Pagefind");

    const pages = htmlFiles(staging);
    writeFileSync(path.join(staging, "_headers"), renderHeadersFile(staging, process.env.ESCALATION_KIT_BASE ?? "/", pages));
    step("before-publish");

    const target = publishOutput(staging, outDir, new Date(), step);
    published = finished = true;
    // The new site is published: from here a failure or a signal is not a failed build,
    // and what is left of the replaced build is removed by the next one.
    // Test hook: a signal while the replaced build is being removed.
    if (faultAt === "removing:sigterm") process.kill(process.pid, "SIGTERM");
    await removeReplacedBuilds(outDir, target).catch((error: Error) =>
      console.warn(`Warning: the previous build was not all removed (${error.message}); the next build removes the rest.`),
    );
    took("headers, publishing and removing the previous build");
    console.log(
      `Site written to ${path.relative(process.cwd(), outDir) || outDir}/ (${pages.length} pages, ${indexed} indexed for search).`,
    );
    const peakMb = (kb: number) => `${Math.round(kb / 1024)} MB`;
    console.log(
      `Took ${timings.join(", ")}. Peak memory: ${astroPeakKb ? `${peakMb(astroPeakKb)} for Astro's build, ` : ""}${peakMb(process.resourceUsage().maxRSS)} for Pagefind and publishing (flowchart browsers not counted).`,
    );
    return 0;
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
    return 1;
  }
}

if (import.meta.main) {
  // A step that never settles (Pagefind's process dying on a full disk) would otherwise
  // end the process with code 13 and no word; a signal would leave the staging folder.
  process.on("exit", (code) => {
    if (!finished) fail(`the build stopped before it finished (exit code ${code}): a step never completed`);
  });
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => {
      if (published) {
        console.error(
          `\nInterrupted (${signal}) after publishing, while removing the previous build. The new site is published; the next build removes the rest.`,
        );
        process.exit(130);
      }
      // Only once Astro's process has gone can nothing more land in the staging folder.
      void stopAstro().then(() => {
        fail(`interrupted (${signal})`);
        process.exit(130);
      });
    });
  }
  process.on("uncaughtException", (error) => {
    astro?.kill("SIGKILL");
    fail(error.message);
    process.exit(1);
  });
  process.exitCode = await main();
}

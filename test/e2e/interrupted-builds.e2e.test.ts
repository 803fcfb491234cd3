/**
 * Builds killed on purpose at each moment of publishing, interrupted by a signal, stuck
 * on a step that never finishes, and written to another file system: `dist/` is always
 * the whole previous site or the whole new one, every failure says "Build failed" and
 * why, and the next build removes what the interrupted ones left.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, onTestFinished } from "vitest";
import { fromRoot } from "../helpers.ts";
import { buildSite, withoutTestRunnerEnv } from "../support/build-site.ts";

const policies = { ESCALATION_KIT_POLICIES: "test/fixtures/valid" };
const stagingRoot = fromRoot(".cache", "escalation-kit-builds");

/** Every file of the site, as a reader of `dist/` sees it. */
const listing = (dir: string) =>
  (readdirSync(dir, { recursive: true, encoding: "utf8" }) as string[]).filter((f) => statSync(path.join(dir, f)).isFile()).sort();

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
/** Staging folders of builds that are no longer running (other tests may be building now). */
const deadStaging = () =>
  existsSync(stagingRoot) ? readdirSync(stagingRoot).filter((name) => !isRunning(Number(/(\d+)$/.exec(name)?.[1]))) : [];

describe("interrupted builds", () => {
  const outDir = path.join(mkdtempSync(path.join(tmpdir(), "escalation-kit-interrupted-")), "dist");
  let site: string[] = [];
  afterAll(() => rmSync(path.dirname(outDir), { recursive: true, force: true }));

  it("builds the site once to start from", () => {
    const first = buildSite(outDir, policies);
    expect(first.status, first.output).toBe(0);
    site = listing(outDir);
    expect(site).toContain(path.join("minimal", "index.html"));
  });

  it.each(["after-astro", "before-publish", "after-move", "after-link", "after-switch"])(
    "keeps dist/ whole when the build is killed %s",
    (fault) => {
      const killed = buildSite(outDir, { ...policies, ESCALATION_KIT_BUILD_FAULT: fault });
      expect(killed.status).toBeNull();
      expect(listing(outDir)).toEqual(site);
      expect(readFileSync(path.join(outDir, "minimal", "index.html"), "utf8")).toContain("Minimal escalation procedure");
    },
  );

  it("says 'Build failed' and why when interrupted by a signal, and removes its staging folder", async () => {
    const child = spawn(process.execPath, ["scripts/build-site.ts"], {
      cwd: fromRoot(),
      env: { ...withoutTestRunnerEnv(), ...policies, NO_COLOR: "1", ESCALATION_KIT_OUT_DIR: outDir },
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    // Once Astro has started writing the site, so there is a staging folder to remove
    // (watched on disk: with CI set, the build logs only warnings).
    const staging = path.join(stagingRoot, `build-${child.pid}`);
    await expect.poll(() => existsSync(staging), { timeout: 60_000, interval: 20 }).toBe(true);
    child.kill("SIGTERM");
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    expect(code).toBe(130);
    expect(output).toContain("Build failed: interrupted (SIGTERM)");
    expect(output).toContain("The previous dist/ was left untouched.");
    expect(existsSync(staging)).toBe(false);
    expect(listing(outDir)).toEqual(site);
  });

  it("says 'Build failed' when a step never finishes, instead of exiting silently with code 13", () => {
    const stuck = buildSite(outDir, { ...policies, ESCALATION_KIT_BUILD_FAULT: "pagefind:never-settles" });
    expect(stuck.status).toBe(13);
    expect(stuck.output).toContain("Build failed: the build stopped before it finished (exit code 13)");
    expect(listing(outDir)).toEqual(site);
  });

  it("says the new site is published, not 'Build failed', when a signal comes while the previous build is removed", () => {
    const before = realpathSync(outDir);
    const interrupted = buildSite(outDir, { ...policies, ESCALATION_KIT_BUILD_FAULT: "removing:sigterm" });
    expect(interrupted.status, interrupted.output).toBe(130);
    expect(interrupted.output).toContain("The new site is published; the next build removes the rest.");
    expect(interrupted.output).not.toContain("Build failed");
    expect(realpathSync(outDir)).not.toBe(before);
    expect(listing(outDir)).toEqual(site);
  });

  it("removes, on the next build, everything the interrupted builds left", () => {
    // Left by builds from before dist/ was a link.
    mkdirSync(`${outDir}.staging-999999`);
    mkdirSync(`${outDir}.previous-999999`);
    const next = buildSite(outDir, policies);
    expect(next.status, next.output).toBe(0);
    expect(next.output).toMatch(/Removed \d+ folder\(s\) left by interrupted builds\./);
    expect(readdirSync(path.dirname(outDir)).sort()).toEqual(["dist", "dist.builds"]);
    expect(readdirSync(`${outDir}.builds`)).toEqual([path.basename(realpathSync(outDir))]);
    expect(deadStaging()).toEqual([]);
    expect(listing(outDir)).toEqual(site);
  });

  it("publishes to an output folder on another file system", () => {
    const other = "/dev/shm";
    // Only meaningful where /dev/shm is its own file system, as it is on Linux machines and CI runners.
    expect(statSync(other).dev).not.toBe(statSync(fromRoot()).dev);
    const elsewhere = path.join(mkdtempSync(path.join(other, "escalation-kit-exdev-")), "dist");
    onTestFinished(() => rmSync(path.dirname(elsewhere), { recursive: true, force: true }));
    for (let i = 0; i < 2; i++) {
      const built = buildSite(elsewhere, policies);
      expect(built.status, built.output).toBe(0);
    }
    expect(listing(elsewhere)).toEqual(site);
    expect(readdirSync(`${elsewhere}.builds`)).toHaveLength(1);
  });
});

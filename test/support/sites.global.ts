/**
 * Vitest global setup: builds the real site and the fixture sites once, serves them on
 * loopback, and hands their addresses to the end-to-end tests.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { fromRoot } from "../helpers.ts";
import { buildSite } from "./build-site.ts";
import { serveStatic, type StaticServer } from "./serve-static.ts";

declare module "vitest" {
  export interface ProvidedContext {
    siteUrl: string;
    siteDir: string;
    injectionUrl: string;
    fallbackUrl: string;
    revisionsUrl: string;
    /** Served under /policies/, and without the trailing slash: `${basedUrl}/northshire/`. */
    basedUrl: string;
    /** Where the real-procedures site was built, to list its pages. */
    realDir: string;
    /** The six real procedures of other areas and the format-2 shapes fixture. */
    realUrl: string;
  }
}

let servers: StaticServer[] = [];
let workDir = "";

export async function setup(project: TestProject): Promise<void> {
  // ESCALATION_KIT_E2E_DIR keeps the built sites between runs while developing; a folder
  // already holding a site is served as it is (delete it after changing the source).
  workDir = process.env.ESCALATION_KIT_E2E_DIR
    ? path.resolve(process.env.ESCALATION_KIT_E2E_DIR)
    : mkdtempSync(path.join(tmpdir(), "escalation-kit-sites-"));
  mkdirSync(workDir, { recursive: true });
  const siteDir = path.join(workDir, "site");
  const injectionDir = path.join(workDir, "injection");
  const fallbackDir = path.join(workDir, "fallback");
  const revisionsDir = path.join(workDir, "revisions");
  const basedDir = path.join(workDir, "based");
  // Northshire's three revisions beside an area whose only revision is still to come.
  const basedPolicies = path.join(workDir, "based-policies");
  rmSync(basedPolicies, { recursive: true, force: true });
  cpSync(fromRoot("test/fixtures/revisions"), basedPolicies, { recursive: true });
  cpSync(fromRoot("test/fixtures/upcoming"), basedPolicies, { recursive: true });
  const realDir = path.join(workDir, "real");
  const realPolicies = path.join(workDir, "real-policies");
  rmSync(realPolicies, { recursive: true, force: true });
  cpSync(fromRoot("test/fixtures/real"), realPolicies, { recursive: true });
  cpSync(fromRoot("test/fixtures/shapes"), realPolicies, { recursive: true });
  const builds = [
    [siteDir, {}],
    [injectionDir, { ESCALATION_KIT_POLICIES: "test/fixtures/injection" }],
    // As on a machine with no browser: an empty flowchart cache and none to render with.
    [fallbackDir, { ESCALATION_KIT_BROWSER: "none", ESCALATION_KIT_FLOWCHART_CACHE: path.join(workDir, "empty-cache") }],
    // A fictional area with a superseded, a current and an upcoming revision.
    [revisionsDir, { ESCALATION_KIT_POLICIES: "test/fixtures/revisions" }],
    // Deployed under a sub-path, as on a host shared with other pages.
    // With its public address configured: the feed's links and printed addresses are full ones.
    [
      basedDir,
      {
        ESCALATION_KIT_POLICIES: basedPolicies,
        ESCALATION_KIT_BASE: "/policies/",
        ESCALATION_KIT_SITE_URL: "https://policies.example.org",
      },
    ],
    // Real procedures of other areas, as format 2 carries them.
    [realDir, { ESCALATION_KIT_POLICIES: realPolicies }],
  ] as const;
  for (const [dir, env] of builds) {
    if (process.env.ESCALATION_KIT_E2E_DIR && existsSync(path.join(dir, "index.html"))) continue;
    const result = buildSite(dir, env);
    if (result.status !== 0) throw new Error(`site build for the tests failed:\n${result.output}`);
  }
  servers = [
    await serveStatic(siteDir),
    await serveStatic(injectionDir),
    await serveStatic(fallbackDir),
    await serveStatic(revisionsDir),
    await serveStatic(basedDir, "/policies/"),
    await serveStatic(realDir),
  ];
  project.provide("siteUrl", servers[0]!.url);
  project.provide("siteDir", siteDir);
  project.provide("injectionUrl", servers[1]!.url);
  project.provide("fallbackUrl", servers[2]!.url);
  project.provide("revisionsUrl", servers[3]!.url);
  project.provide("basedUrl", servers[4]!.url);
  project.provide("realUrl", servers[5]!.url);
  project.provide("realDir", realDir);
}

export async function teardown(): Promise<void> {
  await Promise.all(servers.map((s) => s.close()));
  if (!process.env.ESCALATION_KIT_E2E_DIR) rmSync(workDir, { recursive: true, force: true });
}

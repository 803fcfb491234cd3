/**
 * `npm run build`: builds the site into a staging folder (Astro, then the Pagefind
 * index, then the _headers file), and only when every step has succeeded swaps it into
 * dist/. A failed build leaves the previous dist/ exactly as it was.
 */
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const outDir = path.resolve(root, process.env.ESCALATION_KIT_OUT_DIR ?? "dist");
const staging = `${outDir}.staging-${process.pid}`;

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
export function renderHeadersFile(siteDir: string, base: string): string {
  const blocks = ["/*", "  X-Content-Type-Options: nosniff", "  Referrer-Policy: no-referrer", "  X-Frame-Options: DENY", ""];
  for (const file of htmlFiles(siteDir).sort()) {
    const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(readFileSync(file, "utf8"))?.[1];
    if (!csp) continue;
    const relative = path.relative(siteDir, file).split(path.sep).join("/");
    const route = `${base.replace(/\/$/, "")}/${relative.replace(/(^|\/)index\.html$/, "$1")}`;
    const policy = `${csp.replace(/;\s*$/, "").replace(/;\s*/g, "; ")}; frame-ancestors 'none'`;
    blocks.push(route, `  Content-Security-Policy: ${policy}`, "");
  }
  return blocks.join("\n");
}

async function main(): Promise<number> {
  rmSync(staging, { recursive: true, force: true });
  try {
    const { build } = await import("astro");
    await build({ root, outDir: staging, logLevel: process.env.CI ? "warn" : "info" });

    const pagefind = await import("pagefind");
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    const added = await index.addDirectory({ path: staging });
    if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join("; ")}`);
    await index.writeFiles({ outputPath: path.join(staging, "pagefind") });
    await pagefind.close();
    // addDirectory counts every page it read; the entry file says how many it indexed
    // (permanent copies of each revision are left out on purpose).
    const entry = JSON.parse(readFileSync(path.join(staging, "pagefind", "pagefind-entry.json"), "utf8")) as {
      languages: Record<string, { page_count: number }>;
    };
    const indexed = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);

    writeFileSync(path.join(staging, "_headers"), renderHeadersFile(staging, process.env.ESCALATION_KIT_BASE ?? "/"));

    const previous = `${outDir}.previous-${process.pid}`;
    if (existsSync(outDir)) renameSync(outDir, previous);
    renameSync(staging, outDir);
    rmSync(previous, { recursive: true, force: true });
    console.log(
      `Site written to ${path.relative(process.cwd(), outDir) || outDir}/ (${htmlFiles(outDir).length} pages, ${indexed} indexed for search).`,
    );
    return 0;
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    const message = error instanceof Error ? error.message : String(error);
    console.error(
      `\nBuild failed: ${message}\n${existsSync(outDir) ? `The previous ${path.basename(outDir)}/ was left untouched.` : "Nothing was written."}`,
    );
    return 1;
  }
}

if (import.meta.main) process.exitCode = await main();

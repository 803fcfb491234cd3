/**
 * The npm registry reachable from this project's machines does not serve every
 * platform-specific optional package (Astro's compiler bindings and Pagefind's binaries
 * for macOS and Windows, for instance). `npm install` then leaves them out of
 * package-lock.json, and `npm ci` refuses the lock as out of sync. This adds an entry
 * with the platform's `os`/`cpu` for each missing one, so `npm ci` skips it as it would
 * skip any other platform's binary. Run `npm run lock:stubs` after `npm install <pkg>`.
 */
import { readFileSync, writeFileSync } from "node:fs";

interface LockEntry {
  version?: string;
  dev?: boolean;
  optional?: boolean;
  os?: string[];
  cpu?: string[];
  optionalDependencies?: Record<string, string>;
}

const lockPath = new URL("../package-lock.json", import.meta.url);

const osNames: Record<string, string> = {
  darwin: "darwin",
  linux: "linux",
  win32: "win32",
  windows: "win32",
  freebsd: "freebsd",
  android: "android",
};
const cpuNames = ["arm64", "x64", "ia32", "arm", "wasm32"];

export function findMissingOptional(
  packages: Record<string, LockEntry>,
): { key: string; name: string; version: string; parent: LockEntry }[] {
  const missing = [];
  for (const [key, entry] of Object.entries(packages)) {
    for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
      if (!packages[`node_modules/${name}`] && !packages[`${key}/node_modules/${name}`])
        missing.push({ key: `node_modules/${name}`, name, version, parent: entry });
    }
  }
  return missing;
}

if (import.meta.main) {
  const lock = JSON.parse(readFileSync(lockPath, "utf8")) as { packages: Record<string, LockEntry> };
  const missing = findMissingOptional(lock.packages);
  for (const { key, name, version, parent } of missing) {
    const parts = name.split("/").pop()!.split("-");
    const os = parts.map((p) => osNames[p]).find(Boolean);
    const cpu = parts.find((p) => cpuNames.includes(p));
    if (!os && !cpu) throw new Error(`cannot tell the platform of ${name}; add its lock entry by hand`);
    lock.packages[key] = {
      version,
      ...(parent.dev ? { dev: true } : {}),
      optional: true,
      ...(os ? { os: [os] } : {}),
      ...(cpu ? { cpu: [cpu] } : {}),
    };
    console.log(`stubbed ${name}@${version} (${os ?? "any os"}/${cpu ?? "any cpu"})`);
  }
  const [root, ...rest] = Object.keys(lock.packages);
  lock.packages = Object.fromEntries([root!, ...rest.sort()].map((k) => [k, lock.packages[k]!]));
  writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
}

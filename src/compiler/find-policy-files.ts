import { readdirSync, statSync } from "node:fs";
import path from "node:path";

/**
 * Every policy file under the given paths: a file is taken as it is; a folder is searched
 * for `*.yaml` / `*.yml`. Sorted, so output order does not depend on the file system.
 */
export function findPolicyFiles(targets: readonly string[]): string[] {
  const files: string[] = [];
  const walk = (target: string) => {
    const stat = statSync(target, { throwIfNoEntry: false });
    if (!stat) {
      files.push(target); // reported as YAML_UNREADABLE by the compiler
      return;
    }
    if (stat.isFile()) {
      files.push(target);
      return;
    }
    for (const entry of readdirSync(target, { withFileTypes: true })) {
      if (entry.name.startsWith(".")) continue;
      const child = path.join(target, entry.name);
      if (entry.isDirectory()) walk(child);
      else if (/\.ya?ml$/i.test(entry.name)) files.push(child);
    }
  };
  for (const target of targets) walk(target);
  return [...new Set(files)].sort();
}

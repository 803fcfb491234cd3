/**
 * The day each policy file was first added to the site's repository, from git: the only
 * honest date the feed can give a revision whose source is undated. One `git log` for the
 * whole folder, not one per file (a national site has a thousand files). Where there is no
 * repository, no git, or the file is not committed yet, the file has no date here and the
 * feed says it uses the build date instead.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";

/** By absolute file path, the YYYY-MM-DD of the commit that first added it. */
export function fileAddedDates(dir: string): Map<string, string> {
  const log = spawnSync("git", ["log", "--diff-filter=A", "--format=%x00%aI", "--name-only", "--relative", "--", "."], {
    cwd: dir,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const dates = new Map<string, string>();
  if (log.status !== 0 || typeof log.stdout !== "string") return dates;
  // Newest commit first: a file added, removed and added again keeps its first date.
  for (const commit of log.stdout.split("\0").slice(1)) {
    const [date, ...files] = commit.split("\n").map((l) => l.trim());
    if (!date || !/^\d{4}-\d{2}-\d{2}/.test(date)) continue;
    for (const file of files) if (file) dates.set(path.resolve(dir, file), date.slice(0, 10));
  }
  return dates;
}

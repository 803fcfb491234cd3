/**
 * The peak memory of a process and everything it starts (Astro's process, Pagefind's,
 * the flowchart browsers), for the benchmark. No process can ask for that sum: Node's
 * maxRSS is one process's own, and a child's is lost when it exits. So the tree is read
 * from /proc every 250 ms and its memory summed; a peak shorter than that can be missed.
 * Linux only: elsewhere it reports nothing rather than a wrong figure.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";

const pageSize = 4096;

function treeRssBytes(rootPid: number): number {
  const parents = new Map<number, number>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The command name sits in brackets and may itself hold spaces and brackets.
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      parents.set(Number(name), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      // The process ended while the list was read.
    }
  }
  const inTree = new Set([rootPid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, parent] of parents)
      if (!inTree.has(pid) && inTree.has(parent)) {
        inTree.add(pid);
        grew = true;
      }
  }
  let bytes = 0;
  for (const pid of inTree) bytes += processBytes(pid);
  return bytes;
}

/**
 * A process's proportional share of memory (PSS): pages it shares with others (Chromium's
 * processes, a forked Node) are divided among them, so the sum does not count them twice.
 * Resident memory where PSS cannot be read.
 */
function processBytes(pid: number): number {
  try {
    const pss = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, "utf8"));
    if (pss) return Number(pss[1]) * 1024;
    return Number(readFileSync(`/proc/${pid}/statm`, "utf8").split(" ")[1]) * pageSize;
  } catch {
    return 0; // ended since
  }
}

/** Starts sampling; `stop()` gives the highest sum seen, or undefined without /proc. */
export function sampleTreeMemory(rootPid: number): { stop(): number | undefined } {
  if (!existsSync("/proc/self/statm")) return { stop: () => undefined };
  let peak = 0;
  const sample = () => {
    peak = Math.max(peak, treeRssBytes(rootPid));
  };
  const timer = setInterval(sample, 250);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}

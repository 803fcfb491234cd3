/**
 * `npm run fuzz -- [count] [--seed=N]`: the fuzz tests' mutations (test/support/policy-
 * mutations.ts), as many as asked (default 100,000), each compiled in this process and
 * every diagnostic printed, as `npm run check` would. Prints how many inputs of each kind
 * ran, how many misbehaved (saved under .cache/fuzz/ to reproduce), the slowest inputs and
 * the peak memory. Exits 1 if any input threw, faulted or took longer than one second.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { assertWellBehaved, mutationKinds, type MutationKind } from "../test/support/policy-mutations.ts";

const args = process.argv.slice(2);
const count = Number(args.find((a) => /^\d+$/.test(a)) ?? 100_000);
const seed = Number(args.find((a) => a.startsWith("--seed="))?.slice("--seed=".length) ?? Date.now() % 2 ** 31);
const slowLimitMs = 1000;
const outDir = path.resolve(".cache/fuzz");
mkdirSync(outDir, { recursive: true });

const kinds = Object.keys(mutationKinds) as MutationKind[];
const perKind = Object.fromEntries(kinds.map((k) => [k, { inputs: 0, failures: 0, ms: 0 }])) as Record<
  MutationKind,
  { inputs: number; failures: number; ms: number }
>;
const slowest: { ms: number; kind: MutationKind; bytes: number; file: string }[] = [];
let failures = 0;
let slow = 0;
let peakRss = 0;
const started = performance.now();
const chunk = 500;

for (let done = 0, round = 0; done < count; round++) {
  for (const kind of kinds) {
    const size = Math.min(chunk, count - done);
    if (size <= 0) break;
    const inputs = fc.sample(mutationKinds[kind], { numRuns: size, seed: seed + round * kinds.length + kinds.indexOf(kind) });
    for (const source of inputs) {
      const t = performance.now();
      let problem: string | undefined;
      try {
        assertWellBehaved(source);
      } catch (error) {
        problem = (error as Error).message.split("\n")[0];
      }
      const ms = performance.now() - t;
      const stats = perKind[kind];
      stats.inputs++;
      stats.ms += ms;
      if (problem || ms > slowLimitMs || slowest.length < 5 || ms > slowest.at(-1)!.ms) {
        const file = path.join(outDir, `${problem ? "failure" : ms > slowLimitMs ? "slow" : "slowest"}-${kind}-${done}.yaml`);
        if (problem || ms > slowLimitMs) writeFileSync(file, source);
        if (problem) {
          stats.failures++;
          failures++;
          console.log(`FAILED ${kind} #${done}: ${problem} (input saved as ${path.relative(process.cwd(), file)})`);
        }
        if (ms > slowLimitMs) slow++;
        slowest.push({ ms, kind, bytes: Buffer.byteLength(source), file });
        slowest.sort((a, b) => b.ms - a.ms);
        if (slowest.length > 5) slowest.length = 5;
      }
      done++;
    }
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  }
  if (round % 10 === 9) console.log(`${done.toLocaleString("en-GB")} inputs, ${Math.round((performance.now() - started) / 1000)} s`);
}

const total = Object.values(perKind).reduce((n, k) => n + k.inputs, 0);
console.log(`\n${total.toLocaleString("en-GB")} inputs (seed ${seed}) in ${Math.round((performance.now() - started) / 1000)} s`);
for (const kind of kinds) {
  const k = perKind[kind];
  console.log(
    `  ${kind.padEnd(15)} ${String(k.inputs).padStart(7)} inputs, ${(k.ms / Math.max(1, k.inputs)).toFixed(2)} ms each, ${k.failures} failed`,
  );
}
console.log(`Failures (exceptions, faults, misplaced or unsafe diagnostics): ${failures}`);
console.log(`Over ${slowLimitMs} ms: ${slow}`);
console.log(`Slowest: ${slowest.map((s) => `${s.ms.toFixed(0)} ms (${s.kind}, ${s.bytes} bytes)`).join("; ")}`);
console.log(`Peak memory (RSS): ${Math.round(Math.max(peakRss, process.resourceUsage().maxRSS * 1024) / 1024 / 1024)} MB`);
process.exitCode = failures > 0 || slow > 0 ? 1 : 0;

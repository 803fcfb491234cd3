/**
 * Astro's build of the site into the folder named by ESCALATION_KIT_STAGING, run by
 * scripts/build-site.ts in a process of its own. Why a process of its own: when the build
 * is interrupted, writes Astro had already started (on Node's I/O threads) can land after
 * the staging folder was removed and bring it back. A process that has been killed and has
 * exited writes nothing more, so the caller removes the folder once this one is gone.
 * A failure is reported to the caller as its message, which the caller prints as the reason.
 */
import path from "node:path";

const staging = process.env.ESCALATION_KIT_STAGING;
const report = (message: { failed: string } | { done: true; peakMemoryKb: number }, code: number) =>
  process.send ? process.send(message, () => process.exit(code)) : process.exit(code);

if (!staging) {
  report({ failed: "run-astro-build: ESCALATION_KIT_STAGING is not set (run `npm run build`)" }, 1);
} else {
  try {
    const { build } = await import("astro");
    await build({ root: path.resolve(import.meta.dirname, ".."), outDir: staging, logLevel: process.env.CI ? "warn" : "info" });
    // Its peak memory, for the build's summary line (the caller cannot measure a child's).
    report({ done: true, peakMemoryKb: process.resourceUsage().maxRSS }, 0);
  } catch (error) {
    report({ failed: error instanceof Error ? error.message : String(error) }, 1);
  }
}

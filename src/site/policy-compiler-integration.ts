import type { AstroIntegration } from "astro";
import { loadSitePolicies } from "./load-site-policies.ts";

/**
 * Compiles every policy before Astro renders anything. Any error stops the build with
 * the same file:line:col report `npm run check` prints, instead of a stack trace from
 * deep inside a page.
 */
export function policyCompiler(): AstroIntegration {
  return {
    name: "escalation-kit:policy-compiler",
    hooks: {
      "astro:config:setup": ({ logger, command }) => {
        const { diagnostics, report } = loadSitePolicies();
        const errors = diagnostics.filter((d) => d.severity === "error");
        if (diagnostics.length > 0) (errors.length > 0 ? logger.error : logger.warn).call(logger, `\n${report}`);
        if (errors.length > 0 && command === "build") {
          const error = new Error(`The policies have ${errors.length} error(s); see the report above.`);
          error.stack = error.message; // the report is the useful part, not our call stack
          throw error;
        }
      },
    },
  };
}

import type { AstroIntegration } from "astro";
import { renderFlowcharts } from "../render/render-flowcharts.ts";
import { generateFlowchart } from "../generators/generate-flowchart.ts";
import { generateFormSchema } from "../generators/generate-form-schema.ts";
import { buildFormValidators } from "../render/build-form-validators.ts";
import { loadSitePolicies } from "./load-site-policies.ts";

/**
 * Compiles every policy before Astro renders anything, and renders their flowcharts to
 * SVG. Any policy error stops the build with the same file:line:col report `npm run
 * check` prints, instead of a stack trace from deep inside a page.
 */
export function policyCompiler(): AstroIntegration {
  return {
    name: "escalation-kit:policy-compiler",
    hooks: {
      "astro:config:setup": async ({ logger, command }) => {
        const { policies, diagnostics, report } = loadSitePolicies();
        const errors = diagnostics.filter((d) => d.severity === "error");
        if (diagnostics.length > 0) (errors.length > 0 ? logger.error : logger.warn).call(logger, `\n${report}`);
        if (errors.length > 0) {
          if (command !== "build") return; // the dev server shows the report and keeps running
          const error = new Error(`The policies have ${errors.length} error(s); see the report above.`);
          error.stack = error.message; // the report is the useful part, not our call stack
          throw error;
        }
        const result = await renderFlowcharts(
          policies.map((p) => generateFlowchart(p).source),
          { warn: (message) => logger.warn(message) },
        );
        const validators = await buildFormValidators(policies.map((p) => generateFormSchema(p).schema));
        logger.info(`form validators: ${validators.built} compiled, ${validators.cached} from cache`);
        logger.info(
          `flowcharts: ${result.rendered} rendered${result.millisecondsPerDiagram ? ` (${Math.round(result.millisecondsPerDiagram)} ms each)` : ""}, ${result.cached} from cache, ${result.fallback} left to the browser`,
        );
      },
    },
  };
}

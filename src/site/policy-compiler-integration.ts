import path from "node:path";
import type { AstroIntegration, AstroIntegrationLogger } from "astro";
import type { ViteDevServer } from "vite";
import type { Policy } from "../compiler/policy-model.ts";
import { renderFlowcharts } from "../render/render-flowcharts.ts";
import { flowchartSources } from "../generators/generate-flowchart.ts";
import { buildFormTypes } from "../render/build-form-types.ts";
import { buildFormValidators } from "../render/build-form-validators.ts";
import { clearSitePolicies, loadSitePolicies, policiesRoot } from "./load-site-policies.ts";
import { clearPolicyArtifacts, getFlowchart, getForm } from "./policy-artifacts.ts";
import { formFileStamp } from "./revision-exports.ts";

/** Our own source: the modules `npm run dev` reloads or forgets the made artifacts of. */
const sourceRoot = path.resolve("src");

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
        await prepareArtifacts(policies, logger);
      },
      "astro:server:setup": ({ server, logger }) => {
        // `npm run dev`: an edited, added or removed policy recompiles everything (a few
        // milliseconds per file), reports its diagnostics in the terminal and in the
        // browser's error overlay, and reloads the open pages.
        const root = path.resolve(policiesRoot());
        server.watcher.add(root);
        const onChange = async (file: string) => {
          clearSitePolicies();
          const { policies, diagnostics, report } = loadSitePolicies();
          const errors = diagnostics.filter((d) => d.severity === "error");
          if (diagnostics.length > 0) (errors.length > 0 ? logger.error : logger.warn).call(logger, `\n${report}`);
          else logger.info(`${path.relative(process.cwd(), file)}: no problems`);
          if (errors.length > 0) {
            server.ws.send({
              type: "error",
              err: { message: `The policies have ${errors.length} error(s):\n\n${stripAnsi(report)}`, stack: "", plugin: "escalation-kit" },
            });
            return;
          }
          await prepareArtifacts(policies, logger);
          reloadPolicyModules(server);
        };
        // Editors write a file in several steps (truncate, write, rename): wait until the
        // events stop for a moment, so a half-written file is never compiled.
        let timer: ReturnType<typeof setTimeout> | undefined;
        const schedule = (file: string) => {
          if (!file.startsWith(root) || !/\.ya?ml$/i.test(file)) return;
          clearTimeout(timer);
          timer = setTimeout(() => void onChange(file), 150);
        };
        for (const event of ["add", "change", "unlink"] as const) server.watcher.on(event, schedule);
        // Vite reloads an edited module of ours itself; what it made is kept apart from
        // the modules (policy-artifacts.ts), and is forgotten here.
        server.watcher.on("change", (file) => {
          if (file.startsWith(sourceRoot)) clearPolicyArtifacts();
        });
      },
    },
  };
}

/**
 * The pages run in Vite's module runner, which holds its own copy of our modules and of
 * what they keep: forget every evaluated module of ours there, clear Astro's cached
 * getStaticPaths results (the same message Astro sends when content changes), and
 * reload the browser. Their transformed code is kept: it does not depend on the policies,
 * and transforming every module again took about 1.2 s of the 1.8 s from saving a policy
 * to the page showing it, at 200 areas.
 */
function reloadPolicyModules(server: ViteDevServer): void {
  for (const environment of Object.values(server.environments)) {
    // Only runnable environments (ssr, prerender) have a runner holding evaluated modules.
    const runner =
      "runner" in environment
        ? (
            environment as {
              runner: { evaluatedModules: { fileToModulesMap: Map<string, Set<unknown>>; invalidateModule(m: unknown): void } };
            }
          ).runner
        : undefined;
    for (const [file, modules] of runner?.evaluatedModules.fileToModulesMap ?? []) {
      if (file.startsWith(sourceRoot)) for (const module of modules) runner!.evaluatedModules.invalidateModule(module);
    }
    environment.hot.send("astro:content-changed", {});
  }
  server.ws.send({ type: "full-reload", path: "*" });
}

/** Flowchart SVGs, form validators and form types for every policy, from cache when unchanged. */
async function prepareArtifacts(policies: readonly Policy[], logger: AstroIntegrationLogger): Promise<void> {
  // At the same time: the charts are drawn in browser processes, the validators and types
  // made here, so on two cores neither waits for the other (a cold build of 1,000
  // revisions spent about 30 s compiling validators after the charts were done).
  const [result, forms] = await Promise.all([
    renderFlowcharts(
      policies.flatMap((p) => flowchartSources(getFlowchart(p))),
      { warn: (message) => logger.warn(message) },
    ),
    (async () => {
      const validators = await buildFormValidators(policies.map((p) => getForm(p).schema));
      const types = await buildFormTypes(policies.map((p) => ({ schema: getForm(p).schema, stamp: formFileStamp(p, getForm(p).schema) })));
      return { validators, types };
    })(),
  ]);
  logger.info(`form validators: ${forms.validators.built} compiled, ${forms.validators.cached} from cache`);
  logger.info(`form types: ${forms.types.built} made, ${forms.types.cached} from cache`);
  logger.info(
    `flowcharts: ${result.rendered} rendered${result.millisecondsPerDiagram ? ` (${Math.round(result.millisecondsPerDiagram)} ms each, ${result.workers} at once)` : ""}, ${result.cached} from cache, ${result.fallback} left to the browser`,
  );
}

// The report has no colour codes today; stripped anyway, as the overlay shows them raw.
const stripAnsi = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, "");

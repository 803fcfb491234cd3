// @ts-check
import { defineConfig } from "astro/config";
import { policyCompiler } from "./src/site/policy-compiler-integration.ts";

export default defineConfig({
  output: "static",
  integrations: [policyCompiler()],
});

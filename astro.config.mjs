// @ts-check
import { defineConfig } from "astro/config";
import { policyCompiler } from "./src/site/policy-compiler-integration.ts";

export default defineConfig({
  output: "static",
  integrations: [policyCompiler()],
  build: {
    // External stylesheets only, so the CSP needs no style hashes for them.
    inlineStylesheets: "never",
  },
  vite: {
    build: {
      // lightningcss rejects govuk-frontend's `min-width: 0\0` IE hack; esbuild keeps it.
      cssMinify: "esbuild",
    },
  },
});

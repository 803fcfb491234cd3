// @ts-check
import { fileURLToPath } from "node:url";
import preact from "@astrojs/preact";
import { defineConfig } from "astro/config";
import { policyCompiler } from "./src/site/policy-compiler-integration.ts";

/**
 * Every page gets a strict Content Security Policy in a <meta> tag: only this origin,
 * no inline script or style unless Astro hashed it, no eval. scripts/build-site.ts also
 * writes the same policies (plus frame-ancestors, which browsers ignore in <meta>) to
 * dist/_headers for hosts that read one.
 */
export const cspDirectives = /** @type {const} */ ([
  "default-src 'self'",
  // data: for the small inline icons in Pagefind's stylesheet; nothing leaves the device.
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
]);

export default defineConfig({
  output: "static",
  base: process.env.ESCALATION_KIT_BASE ?? "/",
  // The site's public address, when known: gives the Atom feed absolute links.
  site: process.env.ESCALATION_KIT_SITE_URL || undefined,
  trailingSlash: "ignore",
  // The form island runs on Preact with its React compatibility layer: rjsf and the form
  // are written against React's API, and Preact brings the same in a tenth of the bytes.
  integrations: [policyCompiler(), preact({ compat: true })],
  // No Markdown pages; Shiki's inline styles would need 'unsafe-inline' under the CSP.
  markdown: { syntaxHighlight: false },
  security: {
    csp: {
      algorithm: "SHA-256",
      directives: [...cspDirectives],
    },
  },
  build: {
    // External stylesheets only, so the CSP needs no style hashes for them.
    inlineStylesheets: "never",
    concurrency: 32,
  },
  vite: {
    resolve: {
      // rjsf imports markdown-to-jsx for Markdown descriptions; policy text is plain text.
      alias: [{ find: /^markdown-to-jsx\/react$/, replacement: fileURLToPath(new URL("./src/form/plain-markdown.tsx", import.meta.url)) }],
    },
    build: {
      // lightningcss rejects govuk-frontend's `min-width: 0\0` IE hack; esbuild keeps it.
      cssMinify: "esbuild",
    },
  },
});

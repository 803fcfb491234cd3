import type { APIRoute } from "astro";

/**
 * How links print. GOV.UK's print styles write a link's address after it, and for a link
 * within the site that is a path ("(/slough/)") no one can type. With the site's address
 * configured (ESCALATION_KIT_SITE_URL), the path is printed after the site's origin, so it
 * is a full address; without it, no path is printed at all. Made at build time, as a file
 * of its own, so the pages' Content Security Policy needs no style hash.
 */
export const GET: APIRoute = ({ site }) => {
  // :root makes the rule outrank GOV.UK's own (.govuk-link[href^="/"]::after), whatever the order of the stylesheets.
  const links = ':root a[href^="/"]::after';
  const css = site
    ? // Broken anywhere: a full address in a narrow table column would otherwise run off the page.
      `@media print {\n  ${links} {\n    content: " (${JSON.stringify(site.origin).slice(1, -1)}" attr(href) ")";\n    word-break: break-all;\n  }\n}\n`
    : `@media print {\n  ${links} {\n    content: none;\n  }\n}\n`;
  return new Response(css, { headers: { "Content-Type": "text/css; charset=utf-8" } });
};

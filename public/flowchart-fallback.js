// Draws the flowchart in the browser when the site was built without a browser to
// render it. Runs only on such pages, with the same mermaid settings as the build.
/* global mermaid */
window.addEventListener("DOMContentLoaded", async () => {
  const nodes = document.querySelectorAll("pre.mermaid");
  if (nodes.length === 0 || !("mermaid" in window)) return;
  const config = JSON.parse(nodes[0].dataset.mermaidConfig || "{}");
  mermaid.initialize(config);
  await mermaid.run({ nodes });
  document.querySelectorAll(".app-flowchart-fallback-note").forEach((note) => note.remove());
});

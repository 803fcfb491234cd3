// The search page's script: Pagefind's search API (fetched from this site's /pagefind/),
// drawn as GOV.UK results. A file of its own (not inline) so the page's Content Security
// Policy needs no script hash. Results are built as DOM nodes from text, never as HTML,
// apart from Pagefind's <mark> around the words found.
window.addEventListener("DOMContentLoaded", async () => {
  const form = document.querySelector("#search");
  const input = document.querySelector("#search-input");
  const status = document.querySelector("#search-status");
  const list = document.querySelector("#search-results");
  if (!form || !input || !status || !list) return;
  const bundle = form.getAttribute("data-bundle");
  let pagefind;
  try {
    pagefind = await import(`${bundle}pagefind.js`);
    await pagefind.options({ excerptLength: 24 });
    await pagefind.init();
  } catch {
    status.textContent = "The search could not be loaded. Reload the page to try again, or find an area on the home page.";
    return;
  }
  form.hidden = false;

  /** Pagefind's excerpt with its <mark>s kept and everything else as text. */
  const excerptNodes = (html) => {
    const template = document.createElement("template");
    template.innerHTML = html;
    return [...template.content.childNodes].map((node) => {
      if (node.nodeName === "MARK") {
        const mark = document.createElement("mark");
        mark.textContent = node.textContent;
        return mark;
      }
      return document.createTextNode(node.textContent ?? "");
    });
  };

  const element = (tag, className, text) => {
    const e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined) e.textContent = text;
    return e;
  };

  let latest = 0;
  const run = async (query) => {
    const ticket = ++latest;
    const words = query.trim();
    if (!words) {
      list.replaceChildren();
      status.textContent = "";
      return;
    }
    const search = await pagefind.search(words);
    const results = await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
    // A slower, older search does not overwrite a newer one.
    if (ticket !== latest) return;
    const shown = results.length < search.results.length ? ` (showing the first ${results.length})` : "";
    status.textContent =
      search.results.length === 0
        ? `No pages found for “${words}”. Try fewer or different words.`
        : `${search.results.length} ${search.results.length === 1 ? "page" : "pages"} found for “${words}”${shown}.`;
    list.replaceChildren(
      ...results.map((data) => {
        const item = element("li", "app-search-result");
        const heading = element("h2", "govuk-heading-s app-search-result__title");
        const link = element("a", "govuk-link", data.meta.title ?? data.url);
        link.href = data.url;
        heading.append(link);
        const where = element("p", "govuk-body-s app-search-result__where", data.meta.where ?? "");
        const snippet = element("p", "govuk-body app-search-result__snippet");
        snippet.append(...excerptNodes(data.excerpt ?? ""));
        item.append(heading, where, snippet);
        return item;
      }),
    );
  };

  let timer;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(input.value), 250);
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run(input.value);
  });
  const asked = new URLSearchParams(window.location.search).get("q");
  if (asked) {
    input.value = asked;
    void run(asked);
  }
});

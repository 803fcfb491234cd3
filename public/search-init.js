// Starts Pagefind's search box. A file of its own (not inline) so the search page's
// Content Security Policy needs no script hash; Pagefind itself runs from /pagefind/.
/* global PagefindUI */
window.addEventListener("DOMContentLoaded", () => {
  const element = document.querySelector("#search");
  if (element && "PagefindUI" in window) {
    new PagefindUI({ element, showSubResults: true, showImages: false, resetStyles: false });
  }
});

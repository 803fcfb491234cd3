/**
 * A change that redraws part of the form (an answer that stops it, or brings questions
 * back) can replace the very field being answered, and focus then falls to the page. Once
 * every redraw is done (the next frame), the field's new copy, found by its id, gets focus
 * back, so a keyboard user carries on from where they were.
 */
export function keepFocus(): void {
  const id = document.activeElement?.id;
  if (!id) return;
  requestAnimationFrame(() => {
    if (document.activeElement === document.body || document.activeElement === null) document.getElementById(id)?.focus();
  });
}

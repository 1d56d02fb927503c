/**
 * After a route change, focus moves to the new page's heading, so a screen
 * reader announces where the person now is and the next Tab starts from the
 * page's top (GOV.UK and WCAG 2.4.3 focus order). The first page load keeps
 * the browser's own focus, so the skip link is the first Tab stop.
 */
let pending = false;

export function markNavigation(): void {
  pending = true;
}

export function takePendingFocus(): boolean {
  const was = pending;
  pending = false;
  return was;
}

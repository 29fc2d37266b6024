// Removes what is never article content from a subtree: scripts, styles, form controls, hidden elements, and a site rule's noise selectors.

const NEVER_CONTENT = [
  'script',
  'style',
  'noscript',
  'template',
  'link',
  'meta',
  'base',
  'button',
  'input',
  'select',
  'textarea',
  'dialog',
  '[hidden]',
  '[aria-hidden="true"]:not(img):not(picture):not(figure)',
  '[style*="display:none" i]',
  '[style*="display: none" i]',
].join(', ');

/** Elements matching any of `selectors` under `root`; an invalid user-written selector is skipped, not fatal. */
export function queryAllSafe(root: ParentNode, selectors: string[] | string | undefined): Element[] {
  const list = typeof selectors === 'string' ? [selectors] : Array.isArray(selectors) ? selectors : [];
  const out: Element[] = [];
  for (const selector of list) {
    if (typeof selector !== 'string' || !selector.trim()) continue;
    try {
      out.push(...Array.from(root.querySelectorAll(selector)));
    } catch {
      // Site rules are user-editable data; one bad selector must not stop the clip.
    }
  }
  return out;
}

/** Removes the site rule's noise selectors under `root`. */
export function removeRuleNoise(root: ParentNode, selectors: string[] | undefined): void {
  for (const el of queryAllSafe(root, selectors)) el.remove();
}

/** Removes elements that are never article content under `root` (not `root` itself). */
export function stripNeverContent(root: Element): void {
  for (const el of Array.from(root.querySelectorAll(NEVER_CONTENT))) el.remove();
}

/** Extra noise for whole-page clips: site navigation and form wrappers. */
export function stripPageChrome(root: Element): void {
  for (const el of Array.from(root.querySelectorAll('nav, [role="navigation"], [role="search"], form, iframe[width="0"], iframe[height="0"]'))) {
    el.remove();
  }
}

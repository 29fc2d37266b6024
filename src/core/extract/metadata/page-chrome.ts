// Tells whether an element sits in page furniture (comments, related links, footers, sidebars) rather than the article.

const CHROME_SELECTOR = [
  'footer',
  'aside',
  'nav',
  '[role="complementary"]',
  '[role="contentinfo"]',
  '[role="navigation"]',
  '[id*="comment" i]',
  '[class*="comment" i]',
  '[class*="related" i]',
  '[id*="related" i]',
  '[class*="recommend" i]',
  '[class*="sidebar" i]',
  '[id*="sidebar" i]',
  '[class*="newsletter" i]',
  '[class*="footer" i]',
  '[id*="footer" i]',
].join(', ');

/** True when `el` is inside comments, related-article lists, sidebars, navigation or the page footer. */
export function isInPageChrome(el: Element): boolean {
  // Walk up by hand: <body class="has-comments"> or <article class="commentary"> must not make the whole page chrome.
  for (let node: Element | null = el; node; node = node.parentElement) {
    const tag = node.tagName.toLowerCase();
    if (tag === 'body' || tag === 'html') return false;
    if (tag !== 'main' && tag !== 'article' && node.matches(CHROME_SELECTOR)) return true;
  }
  return false;
}

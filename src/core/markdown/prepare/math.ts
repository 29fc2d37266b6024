// Replaces rendered math (KaTeX, MathJax 2 and 3, MathML, Wikipedia, WordPress LaTeX images) by its TeX source.
//
// Each formula becomes one marker element carrying the TeX in an attribute, which the math rule writes as
// `$…$` or `$$…$$`; the rendered glyphs around it are removed so they do not leak into the text.
import { MARK } from '../options';
import { classOf, hasClassMatching, isInside, ownerDocumentOf, tagName } from '../dom';

const TEX_ANNOTATION = 'annotation[encoding="application/x-tex"], annotation[encoding="TeX"], annotation[encoding="application/x-latex"]';

/** `{\displaystyle x}` (Wikipedia) → `x`. */
function stripStyleWrapper(tex: string): string {
  const m = /^\{\\(?:displaystyle|textstyle)\s*([\s\S]*)\}$/.exec(tex.trim());
  return (m ? m[1] : tex).trim();
}

function texOf(el: Element): string | undefined {
  const annotation = el.matches?.(TEX_ANNOTATION) ? el : el.querySelector(TEX_ANNOTATION);
  const fromAnnotation = annotation?.textContent?.trim();
  if (fromAnnotation) return stripStyleWrapper(fromAnnotation);
  const math = el.nodeName.toUpperCase() === 'MATH' ? el : el.querySelector('math');
  const alt = math?.getAttribute('alttext')?.trim();
  if (alt) return stripStyleWrapper(alt);
  return undefined;
}

function replaceWithMarker(target: Element, tex: string, display: boolean): void {
  const doc = ownerDocumentOf(target);
  const marker = doc.createElement(display ? 'div' : 'span');
  marker.setAttribute(MARK.math, tex);
  if (display) marker.setAttribute(MARK.mathDisplay, '');
  // Text keeps the marker from counting as blank (turndown drops blank elements before any rule runs).
  marker.appendChild(doc.createTextNode(tex));
  target.parentNode?.replaceChild(marker, target);
}

function isDisplayMath(el: Element): boolean {
  if (hasClassMatching(el, /katex-display|MathJax_Display|mwe-math-fallback-image-display|display/i)) return true;
  if (el.getAttribute('display') === 'true' || el.getAttribute('display') === 'block' || el.getAttribute('mode') === 'display') return true;
  const math = el.nodeName.toUpperCase() === 'MATH' ? el : el.querySelector('math');
  return math?.getAttribute('display') === 'block';
}

/** Elements that may hold one formula (the outermost is replaced; inner matches go with it). */
function isFormulaCandidate(el: Element): boolean {
  const tag = tagName(el);
  if (tag === 'MATH' || tag === 'MJX-CONTAINER') return true;
  if (el.hasAttribute('data-tex') || el.hasAttribute('data-latex')) return true;
  const cls = classOf(el);
  if (!cls) return false;
  if (tag === 'IMG') return /(?:^|\s)(?:latex|tex)(?:\s|$)/.test(cls);
  return /(?:^|\s)(?:katex|katex-display|mwe-math-element)(?:\s|$)/.test(cls);
}

export function normaliseMath(root: ParentNode, elements: Element[]): void {
  for (const el of elements) {
    const tag = tagName(el);
    if (tag === 'SCRIPT') {
      if (/^math\/tex/i.test(el.getAttribute('type') ?? '')) replaceMathJaxScript(el);
      continue;
    }
    if (!isFormulaCandidate(el) || !isInside(el, root)) continue;
    let tex: string | undefined;
    if (el.hasAttribute('data-tex') || el.hasAttribute('data-latex')) {
      tex = (el.getAttribute('data-tex') ?? el.getAttribute('data-latex') ?? '').trim() || undefined;
    } else if (tag === 'IMG') {
      tex = el.getAttribute('alt')?.trim() || undefined;
    } else {
      tex = texOf(el);
      if (!tex && el.classList.contains('mwe-math-element')) tex = el.querySelector('img[alt]')?.getAttribute('alt')?.trim() || undefined;
    }
    if (tex) replaceWithMarker(el, tex, isDisplayMath(el) || !!el.closest?.('.katex-display'));
  }
}

/** MathJax 2 keeps the TeX in a script after the rendered spans, which go. */
function replaceMathJaxScript(script: Element): void {
  const tex = script.textContent?.trim();
  if (!tex) return;
  for (let prev = script.previousElementSibling; prev && hasClassMatching(prev, /MathJax/); prev = script.previousElementSibling) {
    prev.parentNode?.removeChild(prev);
  }
  replaceWithMarker(script, stripStyleWrapper(tex), /mode\s*=\s*display/i.test(script.getAttribute('type') ?? ''));
}

// Resolves lazy-loaded images to their real, largest source (data-* attributes, srcset, <picture>, <noscript> fallbacks).
import { forEachElementUnder } from './tree-walk';

/** Attributes lazy loaders keep the real source in, most specific first. WeChat uses data-src. */
export const LAZY_SRC_ATTRIBUTES = [
  'data-src',
  'data-original',
  'data-lazy-src',
  'data-actualsrc',
  'data-original-src',
  'data-lazy',
  'data-hi-res-src',
  'data-full-src',
  'data-large-src',
  'data-url',
  'data-echo',
  'data-img-src',
  'data-image-src',
  'data-ll-src',
  'data-orig-src',
];
const LAZY_SRCSET_ATTRIBUTES = ['data-srcset', 'data-lazy-srcset', 'data-original-srcset', 'srcset'];

/** Data URIs shorter than this are placeholders (1×1 gifs, blurred svg stubs), not content. */
const MAX_PLACEHOLDER_DATA_URI = 2048;
const PLACEHOLDER_NAME = /(?:^|[/_.-])(?:blank|spacer|pixel|transparent|placeholder|lazy|loading|loader|grey|gray|empty|1x1|dot)(?:[_.-]|\.(?:gif|png|svg|jpe?g|webp)|$)/i;

/** True when `src` is no real image: missing, about:blank, a short data: stub, or a placeholder file. */
export function isPlaceholderSrc(src: string | null | undefined): boolean {
  if (!src || !src.trim()) return true;
  const s = src.trim();
  if (/^about:/i.test(s) || s === '#') return true;
  if (/^data:/i.test(s)) return s.length < MAX_PLACEHOLDER_DATA_URI;
  const path = s.split(/[?#]/)[0];
  const file = path.slice(path.lastIndexOf('/') + 1);
  return PLACEHOLDER_NAME.test(file);
}

interface Candidate {
  url: string;
  /** Width in pixels (from a `w` descriptor) or density × 1000 (from an `x` descriptor); 0 when unknown. */
  size: number;
}

/**
 * Parses a srcset as the HTML spec does: a URL runs to the next white space (so commas inside URLs, as in
 * Cloudinary transforms, are kept), then descriptors run to the next comma.
 */
export function parseSrcset(srcset: string): Candidate[] {
  const out: Candidate[] = [];
  let i = 0;
  const n = srcset.length;
  while (i < n) {
    while (i < n && /[\s,]/.test(srcset[i])) i++;
    if (i >= n) break;
    let j = i;
    while (j < n && !/\s/.test(srcset[j])) j++;
    let url = srcset.slice(i, j);
    let descriptor = '';
    i = j;
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      let k = i;
      let depth = 0;
      while (k < n && (srcset[k] !== ',' || depth > 0)) {
        if (srcset[k] === '(') depth++;
        else if (srcset[k] === ')') depth--;
        k++;
      }
      descriptor = srcset.slice(i, k).trim();
      i = k + 1;
    }
    if (!url || /^data:/i.test(url)) continue;
    let size = 0;
    const w = /(?:^|\s)(\d+(?:\.\d+)?)w(?:\s|$)/i.exec(descriptor);
    const x = /(?:^|\s)(\d+(?:\.\d+)?)x(?:\s|$)/i.exec(descriptor);
    if (w) size = Number(w[1]);
    else if (x) size = Number(x[1]) * 1000;
    out.push({ url, size });
  }
  return out;
}

function largest(candidates: Candidate[]): string | undefined {
  if (!candidates.length) return undefined;
  return candidates.reduce((best, c) => (c.size > best.size ? c : best), candidates[0]).url;
}

/**
 * `el.getAttribute(name)` for the names `el` has, null for the others, from one list of its names: an image is asked
 * about some twenty attributes and has a handful.
 */
function attributeReader(el: Element): (name: string) => string | null {
  const names = el.getAttributeNames();
  // A name with capitals (a site rule's) is asked as given: an HTML document matches it without case.
  return (name) => (names.includes(name) || name !== name.toLowerCase() ? el.getAttribute(name) : null);
}

function srcsetCandidates(attribute: (name: string) => string | null): Candidate[] {
  return LAZY_SRCSET_ATTRIBUTES.flatMap((a) => parseSrcset(attribute(a) ?? ''));
}

/** The real source of one image, or undefined when it only has placeholders. Reads the image only. */
export function realSource(img: Element, extraAttributes: string[]): string | undefined {
  const attribute = attributeReader(img);
  const candidates = srcsetCandidates(attribute);
  const picture = img.parentElement?.tagName.toLowerCase() === 'picture' ? img.parentElement : null;
  if (picture) {
    for (const source of Array.from(picture.getElementsByTagName('source'))) candidates.push(...srcsetCandidates(attributeReader(source)));
  }
  const real = candidates.filter((c) => !isPlaceholderSrc(c.url));
  // A srcset with width/density descriptors names the largest rendition outright.
  const described = largest(real.filter((c) => c.size > 0));
  if (described) return described;
  for (const attr of [...extraAttributes, ...LAZY_SRC_ATTRIBUTES]) {
    const value = attribute(attr)?.trim();
    // data-src="true" / data-original="1" are flags some loaders set, not URLs.
    if (value && !isPlaceholderSrc(value) && /[/.]/.test(value)) return value;
  }
  const src = attribute('src');
  if (!isPlaceholderSrc(src)) return src!.trim();
  return real[0]?.url;
}

/** Parses the HTML a <noscript> holds (as text when the document was parsed with scripting on, as elements otherwise). */
function noscriptImages(noscript: Element, doc: Document): Element[] {
  let imgs = Array.from(noscript.getElementsByTagName('img'));
  if (!imgs.length && /<img/i.test(noscript.textContent ?? '')) {
    const holder = doc.createElement('div');
    holder.innerHTML = noscript.textContent ?? '';
    imgs = Array.from(holder.getElementsByTagName('img'));
  }
  return imgs;
}

/** The placeholder image a <noscript> fallback stands in for: its previous sibling image, or one inside that sibling. */
function placeholderBefore(noscript: Element): Element | undefined {
  const prev = noscript.previousElementSibling;
  if (!prev) return undefined;
  if (prev.tagName.toLowerCase() === 'img') return prev;
  const inner = prev.getElementsByTagName('img');
  return inner.length === 1 ? inner[0] : undefined;
}

/**
 * Gives a lazy embed (a video, a map, WeChat's video iframes) the address its loader keeps in data-src, when its own src
 * is missing or about:blank.
 */
export function resolveLazyFrame(frame: Element, extraAttributes: string[] = []): void {
  const current = frame.getAttribute('src');
  if (current && !/^about:/i.test(current.trim())) return;
  const lazy = ['data-src', 'data-lazy-src', 'data-original', ...extraAttributes].map((a) => frame.getAttribute(a)?.trim()).find((v) => v && !/^(?:data|about):/i.test(v));
  if (lazy) frame.setAttribute('src', lazy);
}

/** What a resolved image no longer needs: its other renditions, and loading hints for a page that is not there. */
const DROPPED_IMAGE_ATTRIBUTES = ['srcset', 'sizes', 'loading', ...LAZY_SRCSET_ATTRIBUTES];

/** Embeds that lazy loaders leave without a src. */
export const LAZY_FRAME_TAGS: ReadonlySet<string> = new Set(['iframe', 'video', 'audio']);

/**
 * Rewrites every image under `root` in place so that `src` holds its real, largest source (<noscript> fallbacks
 * first); drops `srcset`/`sizes` and the `<source>`s of a `<picture>`, and removes images that have no real source at
 * all. Embeds are left alone (see resolveLazyFrame). Call before anything removes <noscript> elements.
 */
export function resolveLazyPictures(root: Element | Document, doc: Document, extraAttributes: string[] = []): void {
  // <noscript> fallbacks first: they replace the placeholder they follow, or stand in for nothing.
  for (const noscript of Array.from(root.getElementsByTagName('noscript'))) {
    const imgs = noscriptImages(noscript, doc);
    if (imgs.length !== 1) continue;
    const fallback = imgs[0];
    const placeholder = placeholderBefore(noscript);
    const clone = doc.importNode(fallback, true);
    if (placeholder) {
      if (!realSource(placeholder, extraAttributes) || realSource(fallback, extraAttributes)) placeholder.replaceWith(clone);
      noscript.remove();
    } else {
      noscript.replaceWith(clone);
    }
  }
  for (const img of Array.from(root.getElementsByTagName('img'))) {
    const src = realSource(img, extraAttributes);
    if (!src) {
      img.remove();
      continue;
    }
    img.setAttribute('src', src);
    const names = img.getAttributeNames();
    for (const attr of DROPPED_IMAGE_ATTRIBUTES) if (names.includes(attr)) img.removeAttribute(attr);
    const picture = img.parentElement;
    if (picture && picture.tagName.toLowerCase() === 'picture') picture.replaceWith(img);
  }
}

/** resolveLazyPictures, and resolveLazyFrame for every embed under `root`. Call before anything removes <noscript>. */
export function resolveLazyImages(root: Element | Document, doc: Document, extraAttributes: string[] = []): void {
  resolveLazyPictures(root, doc, extraAttributes);
  // resolveLazyFrame changes an attribute, never the tree: it can run on the walk itself.
  forEachElementUnder(root, (el) => {
    if (LAZY_FRAME_TAGS.has(el.localName.toLowerCase())) resolveLazyFrame(el, extraAttributes);
  });
}

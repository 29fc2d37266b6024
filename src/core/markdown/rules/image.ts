// Images per the image style: `![alt](src "title")` or `<img src alt referrerpolicy="no-referrer">`, never empty.
import type { ImageStyle } from '../../types';
import type { MarkdownRule } from '../options';
import { clipperOptions } from '../options';
import { TEXT_TILDE, escapeInline } from '../escape';
import { escapeHtmlAttribute } from '../html';
import { absoluteUrl, markdownDestination } from '../url';

/** A data: URI shorter than this is a placeholder or tracking pixel, not a picture. */
const MIN_DATA_URI_LENGTH = 1024;

function largestFromSrcset(srcset: string): string | undefined {
  let best: { url: string; size: number } | undefined;
  for (const candidate of srcset.split(/,\s+(?=\S)/)) {
    const [url, descriptor = '1x'] = candidate.trim().split(/\s+/);
    const size = parseFloat(descriptor) || 1;
    if (url && (!best || size > best.size)) best = { url, size };
  }
  return best?.url;
}

/** The image's real source: `src`, else the usual lazy-loading attributes (the extractor normally resolved these). */
export function imageSource(node: Element): string {
  const src = node.getAttribute('src')?.trim() ?? '';
  if (src && !(src.startsWith('data:') && src.length < MIN_DATA_URI_LENGTH)) return src;
  for (const attr of ['data-src', 'data-original', 'data-lazy-src', 'data-url']) {
    const value = node.getAttribute(attr)?.trim();
    if (value) return value;
  }
  const srcset = node.getAttribute('srcset') ?? node.getAttribute('data-srcset');
  return (srcset && largestFromSrcset(srcset)) || '';
}

function isTrackingPixel(node: Element): boolean {
  return node.getAttribute('width') === '1' || node.getAttribute('height') === '1';
}

/** Alt text sits between brackets: every bracket is escaped, other syntax only where it could take effect. */
function escapeAlt(alt: string): string {
  return alt
    .split(/([[\]])/)
    .map((part) => (part === '[' || part === ']' ? '\\' + part : escapeInline(part).split(TEXT_TILDE).join('\\~')))
    .join('')
    // Some renderers (marked) read "\[x\](y)" inside an image's brackets as a link: escape that parenthesis too.
    .replace(/\\\]\(/g, '\\]\\(');
}

export function renderImage(src: string, alt: string, title: string, style: ImageStyle): string {
  if (style === 'html-no-referrer') {
    const titleAttr = title ? ` title="${escapeHtmlAttribute(title)}"` : '';
    return `<img src="${escapeHtmlAttribute(src)}" alt="${escapeHtmlAttribute(alt)}"${titleAttr} referrerpolicy="no-referrer">`;
  }
  const titlePart = title ? ` "${title.replace(/[\\"]/g, '\\$&')}"` : '';
  return `![${escapeAlt(alt)}](${markdownDestination(src)}${titlePart})`;
}

export const imageRule: MarkdownRule = {
  key: 'image',
  filter: 'img',
  replacement(_content, node, options) {
    const { imageStyle, state } = clipperOptions(options);
    const raw = imageSource(node);
    if (!raw || isTrackingPixel(node)) return '';
    const src = absoluteUrl(raw, state.baseUrl);
    const alt = (node.getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim();
    const title = (node.getAttribute('title') ?? '').replace(/\s+/g, ' ').trim();
    return renderImage(src, alt, title === alt ? '' : title, imageStyle);
  },
};

// Embedded players and frames (iframe, video, audio, embed, object) as a link to what they show.
import type { MarkdownRule } from '../options';
import { clipperOptions } from '../options';
import { absoluteUrl, markdownDestination } from '../url';

const EMBED_TAGS = ['IFRAME', 'VIDEO', 'AUDIO', 'EMBED', 'OBJECT'];

/** The page a reader would open for a known player's embed URL. */
export function watchUrl(url: string): string {
  const youtube = /^(?:https?:)?\/\/(?:www\.)?youtube(?:-nocookie)?\.com\/embed\/([\w-]{6,})/i.exec(url);
  if (youtube) return `https://www.youtube.com/watch?v=${youtube[1]}`;
  const vimeo = /^(?:https?:)?\/\/player\.vimeo\.com\/video\/(\d+)/i.exec(url);
  if (vimeo) return `https://vimeo.com/${vimeo[1]}`;
  return url;
}

function sourceOf(node: Element): string {
  const direct = node.getAttribute('src') ?? node.getAttribute('data-src') ?? node.getAttribute('data');
  if (direct?.trim()) return direct.trim();
  return node.querySelector('source[src]')?.getAttribute('src')?.trim() ?? '';
}

function labelOf(node: Element, url: string): string {
  const named = (node.getAttribute('title') ?? node.getAttribute('aria-label') ?? '').replace(/\s+/g, ' ').trim();
  const tag = node.nodeName.toUpperCase();
  const kind = tag === 'VIDEO' || /youtube|vimeo|video|player/i.test(url) ? 'Video' : tag === 'AUDIO' ? 'Audio' : 'Embedded content';
  return named ? `${kind}: ${named}` : kind;
}

export const embedRule: MarkdownRule = {
  key: 'embed',
  filter: (node) => EMBED_TAGS.includes(node.nodeName),
  replacement(_content, node, options) {
    const { state } = clipperOptions(options);
    const raw = sourceOf(node);
    if (!raw || /^(?:about|javascript|data|blob):/i.test(raw)) return '';
    const url = watchUrl(absoluteUrl(raw.startsWith('//') ? 'https:' + raw : raw, state.baseUrl));
    const label = labelOf(node, url).replace(/[\\[\]]/g, '\\$&');
    return `\n\n[${label}](${markdownDestination(url)})\n\n`;
  },
};

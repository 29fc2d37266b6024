// Links: `[text](url)`, `<url>` when the text is the URL, plain text for in-page, script and empty links.
import type { MarkdownRule } from '../options';
import { clipperOptions } from '../options';
import { escapeBracketMarks, unmarked } from '../escape';
import { absoluteUrl, isNavigableUrl, markdownDestination } from '../url';

const IMAGE_ONLY = /^(?:!\[[^\]]*\]\([^)]*\)|<img [^>]*>)$/;
const PERMALINK_TEXT = /^(?:¶|§|\\#|#|🔗|⚓|∞|link)$/iu;
const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif|bmp|svg)(?:[?#]|$)/i;

/** The link text as a reader sees it, for comparing with the URL. */
function visibleText(markdown: string): string {
  return unmarked(markdown).replace(/\\([!-/:-@[-`{-~])/g, '$1').trim();
}

function sameAddress(text: string, url: string): boolean {
  const strip = (s: string): string => s.replace(/^[a-z]+:\/\/(?:www\.)?/i, '').replace(/^mailto:/i, '').replace(/\/$/, '');
  return text === url || strip(text) === strip(url);
}

function insideLink(node: Node): boolean {
  for (let cur = node.parentNode; cur; cur = cur.parentNode) if (cur.nodeName === 'A') return true;
  return false;
}

function link(text: string, url: string): string {
  return `[${text}](${markdownDestination(url)})`;
}

export const linkRule: MarkdownRule = {
  key: 'link',
  filter: 'a',
  replacement(content, node, options) {
    const { state } = clipperOptions(options);
    const href = (node.getAttribute('href') ?? '').trim();
    const text = escapeBracketMarks(content.trim());
    // An empty link shows nothing; keep the white space turndown moved out of it.
    if (!text) return content;
    // Markdown links cannot nest: a link inside a link keeps only its text.
    if (insideLink(node)) return content;
    // Heading permalinks ("¶", "#", "🔗") are page furniture, not text.
    if (href.startsWith('#') && PERMALINK_TEXT.test(text)) return '';
    // In-page anchors point into a page the clip no longer has; script links do nothing.
    if (!href || href.startsWith('#') || !isNavigableUrl(href)) return content;
    const url = absoluteUrl(href, state.baseUrl);
    // A picture linked to (a larger copy of) itself: the picture alone.
    if (IMAGE_ONLY.test(text) && IMAGE_FILE.test(url)) return content;
    // Link text may hold line breaks, not paragraphs.
    if (/\n\s*\n/.test(text)) return linkBlocks(text, url);
    const visible = visibleText(text);
    if (sameAddress(visible, url) && !/[\s<>]/.test(url)) return `<${url}>`;
    return link(text, url);
  },
};

/**
 * A link around several blocks (a card: image, heading, summary). Markdown links are inline, so the link goes on
 * the first block that is text or a heading, and the other blocks stay as they are.
 */
function linkBlocks(text: string, url: string): string {
  const blocks = text.split(/\n{2,}/);
  let done = false;
  const out = blocks.map((block) => {
    if (done || IMAGE_ONLY.test(block) || /\n/.test(block) || /^(?:[-*+>|]|\d+\.|```)/.test(block)) return block;
    done = true;
    const heading = /^(#{1,6} )(.*)$/.exec(block);
    return heading ? heading[1] + link(heading[2], url) : link(block, url);
  });
  return `\n\n${out.join('\n\n')}\n\n`;
}

// Image captions and credits: the reader sees the picture, the caption text is not article prose (unless the article is mostly pictures).
import { simplifyLabels } from './zh-labels';
import { hasClassWord, inDataTable, leafBlocks, removeWithEmptyParents, textOf, wordCount } from './blocks';

const CAPTION_WORDS = new Set(['caption', 'captions', 'credit', 'credits', 'figcaption', 'photocredit', 'imagecredit', 'copyright']);
/** "Photo: Jane Doe", "Image credit: NASA", "Credit: Getty Images", "Foto: …", "© Reuters". */
const CREDIT_LINE = /^\(?\s*(?:photo|image|picture|photograph|foto|credit|illustration|graphic|video)s?(?:\s+(?:credit|courtesy|via|by))?\s*(?::|©|by\b|via\b|\.{2,}|…)/i;
/** "© Aaron Schwartz": a short copyright line is an image credit (a long one is a licence notice, kept). */
const SHORT_COPYRIGHT = /^(?:©|\(c\)\s|copyright\b)/i;
/** "© John Brecher Needle poking skin …": a credit opening a caption ("© 2019 Associated Press …" is a licence, kept). */
const NAMED_COPYRIGHT = /^©\s*(?!\d{4}\b)\p{Lu}/u;
/** Broadcasters' player and picture labels: "Media caption …", "Image copyright …", "Image caption …". */
const MEDIA_CAPTION = /^(?:media caption|image caption|image copyright|media playback is unsupported)/i;
/** "(AP Photo/Jeffrey T. Barnes)", "(Photo by Jane Doe/Getty Images)", "[SpaceX via Nasa]" ending a caption. */
const AGENCY_CREDIT = /(?:\((?:[\w\s.]*\bphoto\b[^)]*|[^)]*\/\s*(?:getty images|ap|afp|reuters|epa|shutterstock|alamy))\)|\[[^\]]*\b(?:via|photo|getty|reuters|ap|afp|epa|nasa|handout)\b[^\]]*\])\s*$/i;
/** A caption whose credit trails it: "… sought treatment Credit: EPA", "… autonomy (Image: GETTY )". */
const TRAILING_CREDIT = /(?:credit|photo|image|picture|photograph|foto)s?\s*:\s*[^.!?]{1,80}\)?\s*$/i;
/** Agency or stock names that appear alone under a picture. */
const BARE_CREDIT = /^(?:getty(?: images)?|shutterstock|ap|afp|reuters|epa|alamy|istock(?:photo)?|courtesy[\w\s.,]*|[\w\s.]*\/\s*(?:getty images|ap|afp|reuters|shutterstock))$/i;
/** Chinese photo credits closing a caption: "…新华社记者 陈亮 摄", "摄影：李然", "（新华社发）", "受访者供图", "图片来源：…". */
const ZH_PHOTO_CREDIT = /(?:\s摄|记者\s*\S{2,4}\s*摄|摄影\s*[：:]\s*\S{2,8}|供图|(?:图片|图)来源\s*[：:].{1,30}|[（(][^（）()]{0,20}(?:摄|供图|发|图)[)）])\s*$/;
const MAX_ZH_CAPTION_CHARS = 100;
/** Captions are kept when they are this share of the article's text or more: a photo essay's captions are its text. */
const PHOTO_ESSAY_SHARE = 0.4;
const MAX_CAPTION_WORDS = 80;

function isCaption(block: Element, root: Element): boolean {
  const text = textOf(block);
  if (!text || inDataTable(block)) return false;
  const words = wordCount(text);
  if (words > MAX_CAPTION_WORDS) return false;
  if (block.closest('figcaption') || (block.closest('figure') && !block.querySelector('img, picture, video'))) return true;
  if (hasClassWord(block, CAPTION_WORDS, root)) return true;
  // Class words of the one inline child that holds all the text (a <span class="caption"> inside a <p>).
  const spans = Array.from(block.querySelectorAll('span, em, small, i')).filter((s) => textOf(s) === text);
  if (spans.some((s) => hasClassWord(s, CAPTION_WORDS, block))) return true;
  if (words <= 30 && (CREDIT_LINE.test(text) || TRAILING_CREDIT.test(text))) return true;
  if (words <= 8 && SHORT_COPYRIGHT.test(text)) return true;
  if (words <= 40 && NAMED_COPYRIGHT.test(text)) return true;
  if (words <= 40 && MEDIA_CAPTION.test(text)) return true;
  if (text.length <= MAX_ZH_CAPTION_CHARS && ZH_PHOTO_CREDIT.test(simplifyLabels(text))) return true;
  if (words <= 60 && AGENCY_CREDIT.test(text)) return true;
  return words <= 6 && BARE_CREDIT.test(text);
}

/** Removes caption and credit blocks, unless captions make up a large share of the text (a photo essay). */
export function removeCaptions(root: Element): void {
  const captions = leafBlocks(root).filter((b) => isCaption(b, root));
  // figcaption elements that hold block children are found through their leaves; lone figcaptions are leaves too.
  const captionChars = captions.reduce((n, c) => n + textOf(c).length, 0);
  const total = textOf(root).length;
  if (!captions.length || (total && captionChars / total >= PHOTO_ESSAY_SHARE)) return;
  for (const c of captions) if (root.contains(c)) removeWithEmptyParents(c, root);
  // Inline caption spans inside a paragraph of prose: drop just the span.
  for (const span of Array.from(root.querySelectorAll('span, small'))) {
    if (root.contains(span) && !span.querySelector('img, picture, video, svg') && hasClassWord(span, CAPTION_WORDS, span.parentElement ?? undefined) && wordCount(textOf(span)) <= 20) {
      const parent = span.parentElement;
      if (parent && textOf(parent) !== textOf(span)) span.remove();
    }
  }
}

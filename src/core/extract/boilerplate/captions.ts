// Image captions and credits: the reader sees the picture, the caption text is not article prose (unless the article is mostly pictures).
import { simplifyLabels } from './zh-labels';
import { closestTag, descendantsWithTag, hasDescendantTag, someDescendant, tagOf, textLengthUpTo } from '../tree-walk';
import { hasClassWord, hasOwnClassWord, inDataTable, type TreeFacts } from './blocks';

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

const FIGCAPTION_TAGS = new Set(['figcaption']);
const FIGURE_TAGS = new Set(['figure']);
const PICTURE_TAGS = new Set(['img', 'picture', 'video']);
const INLINE_CAPTION_TAGS = new Set(['span', 'em', 'small', 'i']);
const CAPTION_SPAN_TAGS = new Set(['span', 'small']);
const SPAN_MEDIA_TAGS = new Set(['img', 'picture', 'video', 'svg']);

function isCaption(block: Element, facts: TreeFacts): boolean {
  const text = facts.text(block);
  if (!text || inDataTable(block)) return false;
  const words = facts.wordCount(block);
  if (words > MAX_CAPTION_WORDS) return false;
  if (closestTag(block, FIGCAPTION_TAGS) || (closestTag(block, FIGURE_TAGS) && !hasDescendantTag(block, PICTURE_TAGS))) return true;
  if (hasClassWord(block, CAPTION_WORDS, facts.root)) return true;
  // Class words of the one inline child that holds all the text (a <span class="caption"> inside a <p>).
  const captionSpan = someDescendant(
    block,
    (s) => INLINE_CAPTION_TAGS.has(tagOf(s)) && hasClassWord(s, CAPTION_WORDS, block) && facts.text(s) === text,
  );
  if (captionSpan) return true;
  if (words <= 30 && (CREDIT_LINE.test(text) || TRAILING_CREDIT.test(text))) return true;
  if (words <= 8 && SHORT_COPYRIGHT.test(text)) return true;
  if (words <= 40 && NAMED_COPYRIGHT.test(text)) return true;
  if (words <= 40 && MEDIA_CAPTION.test(text)) return true;
  if (text.length <= MAX_ZH_CAPTION_CHARS && ZH_PHOTO_CREDIT.test(simplifyLabels(text))) return true;
  if (words <= 60 && AGENCY_CREDIT.test(text)) return true;
  return words <= 6 && BARE_CREDIT.test(text);
}

/** Removes caption and credit blocks, unless captions make up a large share of the text (a photo essay). */
export function removeCaptions(facts: TreeFacts): void {
  const root = facts.root;
  const captions = facts.leafBlocks().filter((b) => isCaption(b, facts));
  // figcaption elements that hold block children are found through their leaves; lone figcaptions are leaves too.
  if (!captions.length) return;
  const captionChars = captions.reduce((n, c) => n + facts.text(c).length, 0);
  // The article's text is counted only as far as it matters: past `limit` characters the captions' share is below
  // PHOTO_ESSAY_SHARE whatever the rest (the +1 keeps the division clear of rounding).
  const limit = Math.ceil(captionChars / PHOTO_ESSAY_SHARE) + 1;
  const total = textLengthUpTo(root, limit);
  if (total && captionChars / total >= PHOTO_ESSAY_SHARE) return;
  for (const c of captions) if (root.contains(c)) facts.removeWithEmptyParents(c);
  // Inline caption spans inside a paragraph of prose: drop just the span.
  for (const span of descendantsWithTag(root, CAPTION_SPAN_TAGS)) {
    // The span's own class first: it rules out almost every span, and the other tests are read-only too.
    if (hasOwnClassWord(span, CAPTION_WORDS) && root.contains(span) && !hasDescendantTag(span, SPAN_MEDIA_TAGS) && facts.wordCount(span) <= 20) {
      const parent = span.parentElement;
      if (parent && facts.text(parent) !== facts.text(span)) facts.remove(span);
    }
  }
}

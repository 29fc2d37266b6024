// Promotions inside the article: "Related", "Read more", "Don't miss" link lists, newsletter and subscription prompts, share and comment calls.
import type { PageMetadata } from '../../types';
import { simplifyLabels } from './zh-labels';
import { hasDescendantTag, nextInTree, tagOf } from '../tree-walk';
import { inDataTable, type TreeFacts } from './blocks';

/** A label that introduces links to other articles. */
const PROMO_LABEL =
  /^[[(]?\s*(?:see more|read more|read also|also read|read next|related|related (?:articles?|stories|story|content|coverage|reading|posts?|links?|news)|more (?:from|on|about|stories|news|like this)|more:|don'?t miss|recommended(?: for you)?|you (?:may|might) (?:also )?(?:like|enjoy)|trending(?: now)?|most (?:read|popular)|popular (?:now|stories)|also on\b|further reading|top stories|latest (?:news|stories)|editor'?s picks?|more great [\w\s]+ stories|相关(?:新闻|阅读|文章|报道|链接|推荐)|延伸阅读|推荐阅读|往期推荐|热门推荐|猜你喜欢)(?=$|[\s:：,.!|-])/i;
/** Calls to act that are not article text. */
const CALL_TO_ACTION =
  /(?:sign[ -]?up (?:for|to) (?:our|the|my) (?:free )?(?:[\w-]+ )?(?:newsletters?|emails?|updates|alerts)|sign[ -]?up (?:now|here|today)|affiliate (?:and\/or |or )?(?:referral )?links?|may contain affiliate|may earn an affiliate commission|this (?:document|material) is subject to copyright|^citation:|want more stories like this|(?:this (?:web)?site|we) uses? cookies|cookie (?:policy|settings|preferences)|accept (?:all )?cookies|unsubscribe|get (?:our|the) (?:free )?(?:daily|weekly)|delivered (?:to|through) your (?:inbox|letterbox)|follow us|like this (?:story|article)|share (?:this|it) with|tell us what you think|join (?:our|the) [\w\s]+ forums?|post comment|leave a (?:comment|reply)|click here to|download (?:our|the) app|关注我们|长按识别|扫码关注|点击(?:关注|订阅|阅读原文)|阅读原文|转载请|一键三连|点赞.{0,4}在看|点个在看|分享给(?:更多|朋友))/i;
/** The page's own address shown as text: a share widget's or a print stylesheet's leftover (other addresses may be content). */
export function isOwnAddress(text: string, metadata: PageMetadata | undefined): boolean {
  if (!/^https?:\/\/\S+$/i.test(text) || !metadata?.canonicalUrl) return false;
  const bare = (u: string): string => u.replace(/^https?:\/\/(?:www\.)?/i, '').replace(/[?#].*$/, '').replace(/\/$/, '');
  return bare(text) === bare(metadata.canonicalUrl);
}
/** Taxonomy lines: "Filed under: …", "Tags: …", "Categories: …". */
const TAXONOMY_LINE = /^(?:filed under|tagged(?: with)?|tags|topics|categories|category|关键词|关键字|标签|分类)\s*(?:[:：]|>>|»)/i;
/** The same label standing alone above its list: "Tags" then "a, b, c". */
const TAXONOMY_LABEL = /^(?:tags|tagged|topics|categories|filed under|标签|分类)\s*[:：]?$/i;
/** Links to other stories set in capitals inside the text: "TAYLOR SWIFT'S FORMER LABEL BOSS BLASTS HER …". */
function isCapsHeadlineLink(block: Element, facts: TreeFacts, text: string, words: number): boolean {
  if (words < 4 || facts.linkDensity(block) < 0.9) return false;
  const letters = text.match(/\p{L}/gu) ?? [];
  const upper = text.match(/\p{Lu}/gu) ?? [];
  return letters.length > 0 && upper.length / letters.length > 0.8;
}

/** A tag cloud: links marked rel="tag" (or pointing at /tag/ pages) making up the block. */
function isTagList(block: Element, facts: TreeFacts): boolean {
  // The link density first: it rules out almost every block, and the link walk is read-only too.
  if (facts.linkDensity(block) <= 0.6) return false;
  let tags = 0;
  for (let a = block.firstElementChild; a; a = nextInTree(a, block)) {
    const href = tagOf(a) === 'a' ? a.getAttribute('href') : null;
    if (href === null) continue;
    if (!/(?:^|\s)tag(?:\s|$)/i.test(a.getAttribute('rel') ?? '') && !/\/(?:tags?|topics?)\//i.test(href)) return false;
    tags++;
  }
  return tags >= 2;
}

/** Lone labels left by galleries, players and ad slots. */
export const JUNK_LABEL =
  /^(?:advert(?:isement)?|ad|ads|sponsored(?: content)?|video|watch(?: video)?|loading(?: content)?\W*|caption|close|enlarge(?: image)?|image \d+ of \d*|\d+ of \d+|\d{1,3}|skip to (?:main )?content|sign in|log in|register|breaking(?: news)?|facebook|twitter|pinterest|linkedin|reddit|whatsapp|flipboard|telegram|messenger|print|email|share|tweet|pin it|comments?|\d+ comments?|latest|popular|most popular|iklan|publicité|anzeige|pubblicità|[-—–=_\s]*end[-—–=_\s]*|▲|▼)$/i;

const MAX_PROMO_WORDS = 40;
const MAX_CTA_WORDS = 35;
/** A bare "subscribe"/"newsletter" marks a prompt only in a short line, or in a line that links somewhere to do it. */
const CTA_WORD = /(?:subscribe|subscription|newsletter)/i;
const MAX_BARE_CTA_WORDS = 15;
/** A longer promotion is still one when it opens with the call: "Get access to … Pro for as little as …". */
const OPENS_WITH_CTA = /^(?:get (?:access|unlimited access|full access)|subscribe|sign up|become a (?:member|subscriber)|join (?:now|today|us)|download (?:our|the) app|support (?:our|independent) journalism)\b/i;
const MAX_OPENING_CTA_WORDS = 90;

const LINK_OR_BUTTON_TAGS = new Set(['a', 'button']);

/** Removes promo labels with the link blocks that follow them, calls to action, and junk labels. */
export function removePromos(facts: TreeFacts, metadata?: PageMetadata): void {
  const root = facts.root;
  const blocks = facts.leafBlocks();
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (!root.contains(block)) continue;
    // Chinese labels are matched in simplified form (相關新聞 → 相关新闻); the rules below read `text` only to test it.
    const text = simplifyLabels(facts.text(block));
    if (!text || inDataTable(block)) continue;
    // Simplifying swaps one CJK ideograph for another: the word count of `text` is the block's.
    const words = facts.wordCount(block);
    if (TAXONOMY_LABEL.test(text)) {
      facts.removeWithEmptyParents(block);
      let next: Element | undefined;
      for (let j = i + 1; j < blocks.length && !next; j++) if (root.contains(blocks[j]) && facts.text(blocks[j])) next = blocks[j];
      if (next && facts.wordCount(next) <= 60 && (facts.linkDensity(next) > 0.5 || facts.text(next).split(/[,，、]/).length >= 3)) facts.removeWithEmptyParents(next);
      continue;
    }
    if (JUNK_LABEL.test(text) || isOwnAddress(text, metadata) || (words <= 30 && TAXONOMY_LINE.test(text)) || isCapsHeadlineLink(block, facts, text, words) || isTagList(block, facts)) {
      facts.removeWithEmptyParents(block);
      continue;
    }
    // A promo label stands alone, ends in a colon, is bracketed, or heads a link: "Related to this, the council said …" is prose.
    const labelShaped = words <= 6 || /^[^:：]{0,40}[:：]/.test(text) || /^[[(]/.test(text) || facts.linkDensity(block) >= 0.5;
    if (words <= MAX_PROMO_WORDS && labelShaped && PROMO_LABEL.test(text)) {
      const labelOnly = words <= 6 || facts.linkDensity(block) < 0.3;
      facts.removeWithEmptyParents(block);
      // A bare label heads a list of links: take the link-dense blocks right after it.
      if (labelOnly) {
        for (let j = i + 1; j < blocks.length && j <= i + 12; j++) {
          const next = blocks[j];
          if (!root.contains(next)) continue;
          if (!facts.text(next)) continue;
          if (facts.linkDensity(next) < 0.6) break;
          facts.removeWithEmptyParents(next);
          i = j;
        }
      }
      continue;
    }
    const bareCta = CTA_WORD.test(text) && (words <= MAX_BARE_CTA_WORDS || (words <= MAX_CTA_WORDS && hasDescendantTag(block, LINK_OR_BUTTON_TAGS)));
    const opening = words <= MAX_OPENING_CTA_WORDS && OPENS_WITH_CTA.test(text) && (CALL_TO_ACTION.test(text) || CTA_WORD.test(text));
    if ((words <= MAX_CTA_WORDS && CALL_TO_ACTION.test(text)) || bareCta || opening) {
      facts.removeWithEmptyParents(block);
    }
  }
}

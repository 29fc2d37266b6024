// Boilerplate removal around Readability: preClean strips page furniture Readability would keep; postClean tidies its output.
import type { PageMetadata } from '../types';
import { pruneCopy, type CopyPruning } from './early-prune';
import { removeAuthorBox } from './boilerplate/author-box';
import { TreeFacts } from './boilerplate/blocks';
import { removeBylines } from './boilerplate/bylines';
import { removeCaptions } from './boilerplate/captions';
import { NamedFurniture } from './boilerplate/furniture';
import { removeWidgetLabels } from './boilerplate/labels';
import { removePromos } from './boilerplate/promos';
import { removeTeasers } from './boilerplate/teasers';
import { removeRepeatedTitle } from './boilerplate/title-repeat';
import { removeTrailingLinkLists } from './boilerplate/trailing-links';
import { tagOf } from './tree-walk';

export interface PreCleanOptions extends Omit<CopyPruning, 'kept'> {
  /** Sees every element of the body that is left once the furniture is gone (on the widget-label rule's walk). */
  afterFurniture?: (el: Element) => void;
}

/**
 * Removes boilerplate from the document clone before Readability scores it: always-noise (and, with
 * `outsideArticle`, what lies outside the article) and named furniture in one walk, then widget labels.
 * Mutates `doc`: callers must pass a clone.
 */
export function preClean(doc: Document, { afterFurniture, ...pruning }: PreCleanOptions = { outsideArticle: false }): void {
  const furniture = new NamedFurniture();
  pruneCopy(doc, { ...pruning, kept: furniture.consider });
  furniture.removeFrom(doc);
  removeWidgetLabels(doc, afterFurniture);
}

/** What keeps an element with no text: it still shows something. */
const SHOWS_SOMETHING = new Set(['img', 'picture', 'video', 'audio', 'iframe', 'svg', 'table', 'br', 'math']);
/** The wrappers a cleanup leaves empty. */
const WRAPPER_TAGS = new Set(['p', 'div', 'span']);

/**
 * Removes the <p>, <div> and <span> elements below `root` that hold no text and nothing shown, in one bottom-up walk.
 * Returns whether `root`'s subtree holds text or something shown. (Removing an empty wrapper changes neither for any
 * other element, so the order of removals does not matter.)
 */
function removeEmptyWrappers(root: Element): boolean {
  let holdsSomething = false;
  for (let child = root.firstChild; child; ) {
    const next = child.nextSibling;
    if (child.nodeType === 3 || child.nodeType === 4) {
      holdsSomething ||= /\S/.test((child as CharacterData).data);
    } else if (child.nodeType === 1) {
      const element = child as Element;
      const tag = tagOf(element);
      const inner = removeEmptyWrappers(element);
      if (!inner && WRAPPER_TAGS.has(tag)) element.remove();
      else holdsSomething ||= inner || SHOWS_SOMETHING.has(tag);
    }
    child = next;
  }
  return holdsSomething;
}

/**
 * Tidies Readability's output element in place, in this order: the repeated headline, bylines and datelines,
 * captions and credits, promotions and calls to action, teaser cards, the author box, closing lists of links to the site's other stories, then empty leftovers.
 * `metadata` is used to recognise the title and bylines repeated inside the body.
 */
export function postClean(content: Element, metadata: PageMetadata): void {
  // One set of remembered texts and blocks for all the rules: they read the same blocks again and again.
  const facts = new TreeFacts(content);
  removeRepeatedTitle(facts, metadata);
  removeBylines(facts, metadata);
  removeCaptions(facts);
  removePromos(facts, metadata);
  removeTeasers(facts);
  removeAuthorBox(facts, metadata);
  removeTrailingLinkLists(facts, metadata);
  removeEmptyWrappers(content);
}

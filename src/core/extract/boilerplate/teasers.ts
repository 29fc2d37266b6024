// Teaser cards inside the article: three or more alike units (image or linked headline plus a line of text) pointing to other stories.
import { closestTag, hasDescendantTag, nextInTree, someDescendant, tagOf } from '../tree-walk';
import { classWords, type TreeFacts } from './blocks';

const MIN_GROUP = 3;
const MAX_TEASER_WORDS = 60;
const CARD_TAGS = new Set(['article', 'li', 'div', 'section']);
const LINK_TAGS = new Set(['a']);
const HEADLINE_TAGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);
const PICTURE_TAGS = new Set(['img', 'picture']);

/** A small unit whose headline or picture is a link: the shape of a link to another story. */
function isTeaser(el: Element, facts: TreeFacts): boolean {
  if (facts.wordCount(el) > MAX_TEASER_WORDS) return false;
  if (!hasDescendantTag(el, LINK_TAGS)) return false;
  return someDescendant(el, (node) => {
    const tag = tagOf(node);
    if (HEADLINE_TAGS.has(tag)) return hasDescendantTag(node, LINK_TAGS) || !!closestTag(node, LINK_TAGS);
    return PICTURE_TAGS.has(tag) && !!closestTag(node, LINK_TAGS);
  });
}

/** Same tag and same class words: siblings built from one template. */
function templateKey(el: Element): string {
  return `${el.tagName}|${classWords(el).sort().join(' ')}`;
}

/** Removes groups of at least three alike teaser cards under one parent. */
export function removeTeasers(facts: TreeFacts): void {
  const root = facts.root;
  const parents = new Set<Element>();
  for (let el = root.firstElementChild; el; el = nextInTree(el, root)) if (CARD_TAGS.has(tagOf(el)) && el.parentElement) parents.add(el.parentElement);
  for (const parent of parents) {
    if (!root.contains(parent) && parent !== root) continue;
    const children = Array.from(parent.children);
    if (children.length < MIN_GROUP) continue;
    const keys = children.map(templateKey);
    const siblingsAlike = new Map<string, number>();
    for (const key of keys) siblingsAlike.set(key, (siblingsAlike.get(key) ?? 0) + 1);
    const groups = new Map<string, Element[]>();
    for (const [i, child] of children.entries()) {
      const key = keys[i];
      // Fewer than three siblings from this template can never make a group: skip the costly teaser test.
      if ((siblingsAlike.get(key) ?? 0) < MIN_GROUP || !isTeaser(child, facts)) continue;
      groups.set(key, [...(groups.get(key) ?? []), child]);
    }
    for (const group of groups.values()) if (group.length >= MIN_GROUP) for (const el of group) facts.remove(el);
  }
}

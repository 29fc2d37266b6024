// Teaser cards inside the article: three or more alike units (image or linked headline plus a line of text) pointing to other stories.
import { classWords, textOf, wordCount } from './blocks';

const MIN_GROUP = 3;
const MAX_TEASER_WORDS = 60;

/** A small unit whose headline or picture is a link: the shape of a link to another story. */
function isTeaser(el: Element): boolean {
  if (wordCount(textOf(el)) > MAX_TEASER_WORDS) return false;
  if (!el.querySelector('a')) return false;
  const linkedHeadline = Array.from(el.querySelectorAll('h2, h3, h4, h5, h6')).some((h) => h.querySelector('a') || h.closest('a'));
  const linkedPicture = Array.from(el.querySelectorAll('img, picture')).some((img) => img.closest('a'));
  return linkedHeadline || linkedPicture;
}

/** Same tag and same class words: siblings built from one template. */
function templateKey(el: Element): string {
  return `${el.tagName}|${classWords(el).sort().join(' ')}`;
}

/** Removes groups of at least three alike teaser cards under one parent. */
export function removeTeasers(root: Element): void {
  const parents = new Set<Element>();
  for (const el of Array.from(root.querySelectorAll('article, li, div, section'))) if (el.parentElement) parents.add(el.parentElement);
  for (const parent of parents) {
    if (!root.contains(parent) && parent !== root) continue;
    const children = Array.from(parent.children);
    const keys = children.map(templateKey);
    const siblingsAlike = new Map<string, number>();
    for (const key of keys) siblingsAlike.set(key, (siblingsAlike.get(key) ?? 0) + 1);
    const groups = new Map<string, Element[]>();
    for (const [i, child] of children.entries()) {
      const key = keys[i];
      // Fewer than three siblings from this template can never make a group: skip the costly teaser test.
      if ((siblingsAlike.get(key) ?? 0) < MIN_GROUP || !isTeaser(child)) continue;
      groups.set(key, [...(groups.get(key) ?? []), child]);
    }
    for (const group of groups.values()) if (group.length >= MIN_GROUP) for (const el of group) el.remove();
  }
}

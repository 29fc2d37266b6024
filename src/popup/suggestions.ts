// Turns the worker's tag context into the suggestion lists of the tag and category editors.
import type { TagContext, TagCount } from '../messaging/protocol';
import type { Suggestion } from './tag-editor';

export interface SuggestionNotes {
  siteDefault: string;
  lastUsed: string;
  usedTimes(n: number): string;
}

/** Site defaults first, then the site's last choice, then everything used before by frequency. */
export function buildSuggestions(defaults: string[], last: string[], used: TagCount[], notes: SuggestionNotes): Suggestion[] {
  const out: Suggestion[] = [];
  const seen = new Set<string>();
  const push = (name: string, note: string): void => {
    const key = name.toLocaleLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ name, note });
  };
  for (const d of defaults) push(d, notes.siteDefault);
  for (const l of last) push(l, notes.lastUsed);
  for (const u of used) push(u.name, notes.usedTimes(u.count));
  return out;
}

export function tagSuggestions(context: TagContext, notes: SuggestionNotes): { tags: Suggestion[]; categories: Suggestion[] } {
  return {
    tags: buildSuggestions(context.siteDefaults.tags, context.lastChoice?.tags ?? [], context.tags, notes),
    categories: buildSuggestions(context.siteDefaults.categories, context.lastChoice?.categories ?? [], context.categories, notes),
  };
}

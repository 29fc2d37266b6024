// Metadata source: the site rule's own selectors and script variables (the most trusted source for the sites it covers).
import type { SiteRule } from '../../types';
import { normalizeSpace, pushCandidate, spacedText, type MetadataCandidates } from './candidates';
import { readScriptVariable } from './script-variables';

function safeQueryAll(doc: Document, selector: string | undefined): Element[] {
  if (!selector) return [];
  try {
    return Array.from(doc.querySelectorAll(selector));
  } catch {
    // A user-edited rule may hold an invalid selector; it must not break extraction.
    return [];
  }
}

/** Variable names from a user-editable rule: only non-empty strings. */
function names(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '') : [];
}

/** Reads title, authors and publication time as the site rule locates them. */
export function readSiteRuleFields(doc: Document, rule: SiteRule | undefined): MetadataCandidates {
  const out: MetadataCandidates = {};
  if (!rule) return out;
  const titleEl = safeQueryAll(doc, rule.title)[0];
  if (titleEl) pushCandidate(out, 'title', normalizeSpace(titleEl.textContent ?? ''));
  const bylines = safeQueryAll(doc, rule.byline)
    .map((el) => el.getAttribute('content') ?? normalizeSpace(spacedText(el)))
    .filter(Boolean);
  if (bylines.length) pushCandidate(out, 'authors', Array.from(new Set(bylines)).join(', '));
  for (const el of safeQueryAll(doc, rule.published)) {
    pushCandidate(out, 'published', el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.textContent);
  }
  const vars = rule.scriptVariables ?? {};
  for (const name of names(vars.title)) pushCandidate(out, 'title', readScriptVariable(doc, name));
  for (const name of names(vars.author)) pushCandidate(out, 'authors', readScriptVariable(doc, name));
  for (const name of names(vars.published)) pushCandidate(out, 'published', readScriptVariable(doc, name));
  return out;
}

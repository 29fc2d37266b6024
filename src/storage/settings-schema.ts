// Validation of settings that come from outside (an imported file): every field checked against the defaults' shape.
import { DEFAULT_ARCHIVE_SETTINGS } from '../core/settings';
import type { ArchiveSettings, SiteRule } from '../core/types';
import type { Settings } from './settings-store';

const DATE_SOURCES: ReadonlyArray<ArchiveSettings['dateSource']> = ['published', 'clipped'];
const IMAGE_STYLES: ReadonlyArray<ArchiveSettings['imageStyle']> = ['markdown', 'html-no-referrer'];
const EXTRA_KEYS: ReadonlyArray<ArchiveSettings['extraFrontMatter'][number]> = ['lang', 'excerpt', 'image'];

const RULE_STRING_FIELDS = ['domain', 'name', 'content', 'byline', 'published', 'title'] as const;
const RULE_SELECTOR_FIELDS = ['content', 'byline', 'published', 'title', 'remove'] as const;

/** False when `selector` is not valid CSS; true when it is, or when there is no DOM here to ask (the worker). */
function validSelector(selector: string): boolean {
  if (typeof document === 'undefined') return true;
  try {
    document.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
}
const RULE_LIST_FIELDS = ['remove', 'lazyImageAttributes', 'tags', 'categories'] as const;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

function validTimeZone(zone: string): boolean {
  if (zone === '') return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Checks archive settings; missing keys take their defaults, wrong ones are reported. */
export function validateArchiveSettings(value: unknown, problems: string[]): ArchiveSettings | undefined {
  if (value === undefined) return { ...DEFAULT_ARCHIVE_SETTINGS };
  if (!isRecord(value)) {
    problems.push('"archive" must be an object');
    return undefined;
  }
  const before = problems.length;
  const out: ArchiveSettings = { ...DEFAULT_ARCHIVE_SETTINGS };
  for (const [key, v] of Object.entries(value)) {
    switch (key) {
      case 'layout':
      case 'fileNamePattern':
        if (typeof v !== 'string' || v.trim() === '') problems.push(`archive.${key} must be a non-empty string`);
        else out[key] = v;
        break;
      case 'timeZone':
        if (typeof v !== 'string' || !validTimeZone(v)) problems.push(`archive.timeZone "${String(v)}" is not a known IANA time zone`);
        else out.timeZone = v;
        break;
      case 'dateSource':
        if (!DATE_SOURCES.includes(v as ArchiveSettings['dateSource'])) problems.push(`archive.dateSource must be one of ${DATE_SOURCES.join(', ')}`);
        else out.dateSource = v as ArchiveSettings['dateSource'];
        break;
      case 'imageStyle':
        if (!IMAGE_STYLES.includes(v as ArchiveSettings['imageStyle'])) problems.push(`archive.imageStyle must be one of ${IMAGE_STYLES.join(', ')}`);
        else out.imageStyle = v as ArchiveSettings['imageStyle'];
        break;
      case 'defaultTags':
      case 'defaultCategories':
        if (!isStringList(v)) problems.push(`archive.${key} must be a list of strings`);
        else out[key] = v.map((s) => s.trim()).filter((s) => s !== '');
        break;
      case 'extraFrontMatter':
        if (!Array.isArray(v) || !v.every((x) => EXTRA_KEYS.includes(x as ArchiveSettings['extraFrontMatter'][number]))) {
          problems.push(`archive.extraFrontMatter may only contain ${EXTRA_KEYS.join(', ')}`);
        } else out.extraFrontMatter = v as ArchiveSettings['extraFrontMatter'];
        break;
      default:
        problems.push(`archive.${key} is not a setting this clipper knows`);
    }
  }
  return problems.length === before ? out : undefined;
}

const SCRIPT_VARIABLE_FIELDS = ['title', 'author', 'published'] as const;

/** Checks a rule's `scriptVariables`: for each metadata field, the page-script variable names that hold it. */
function validateScriptVariables(value: unknown, where: string, problems: string[]): SiteRule['scriptVariables'] {
  if (!isRecord(value)) {
    problems.push(`${where} must be an object`);
    return undefined;
  }
  const before = problems.length;
  const out: NonNullable<SiteRule['scriptVariables']> = {};
  for (const [field, names] of Object.entries(value)) {
    if (!(SCRIPT_VARIABLE_FIELDS as readonly string[]).includes(field)) {
      problems.push(`${where}.${field} must be one of ${SCRIPT_VARIABLE_FIELDS.join(', ')}`);
    } else if (!isStringList(names) || !names.every((n) => /^[A-Za-z_$][\w$]*$/.test(n))) {
      problems.push(`${where}.${field} must be a list of script variable names`);
    } else {
      out[field as (typeof SCRIPT_VARIABLE_FIELDS)[number]] = names;
    }
  }
  return problems.length === before ? out : undefined;
}

/** Checks one site rule (its CSS selectors are checked for syntax when a DOM is available). */
export function validateSiteRule(value: unknown, where: string, problems: string[]): SiteRule | undefined {
  if (!isRecord(value)) {
    problems.push(`${where} must be an object`);
    return undefined;
  }
  const before = problems.length;
  const rule: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if ((RULE_STRING_FIELDS as readonly string[]).includes(key)) {
      if (typeof v !== 'string') problems.push(`${where}.${key} must be a string`);
      else rule[key] = v;
    } else if ((RULE_LIST_FIELDS as readonly string[]).includes(key)) {
      if (!isStringList(v)) problems.push(`${where}.${key} must be a list of strings`);
      else rule[key] = v;
    } else if (key === 'scriptVariables') {
      const vars = validateScriptVariables(v, `${where}.${key}`, problems);
      if (vars) rule[key] = vars;
    } else {
      problems.push(`${where}.${key} is not a site-rule field`);
    }
  }
  for (const field of RULE_SELECTOR_FIELDS) {
    const value = rule[field];
    const selectors = typeof value === 'string' ? [value] : Array.isArray(value) ? (value as string[]) : [];
    for (const selector of selectors) {
      if (!validSelector(selector)) problems.push(`${where}.${field} "${selector}" is not a valid CSS selector`);
    }
  }
  const domain = typeof rule.domain === 'string' ? rule.domain.trim().toLowerCase() : '';
  if (!/^[a-z0-9\u00a1-\uffff-]+(\.[a-z0-9\u00a1-\uffff-]+)+$/u.test(domain)) {
    problems.push(`${where}.domain must be a host name such as "example.com"`);
  } else rule.domain = domain;
  return problems.length === before ? (rule as unknown as SiteRule) : undefined;
}

/** Checks a whole settings object (as exported); returns undefined and fills `problems` when anything is wrong. */
export function validateSettings(value: unknown, problems: string[]): Settings | undefined {
  if (!isRecord(value)) {
    problems.push('the settings must be a JSON object');
    return undefined;
  }
  for (const key of Object.keys(value)) {
    if (key !== 'archive' && key !== 'siteRules') problems.push(`"${key}" is not a setting this clipper knows`);
  }
  const archive = validateArchiveSettings(value.archive, problems);
  let siteRules: SiteRule[] | undefined = [];
  if (value.siteRules !== undefined) {
    if (!Array.isArray(value.siteRules)) {
      problems.push('"siteRules" must be a list');
      siteRules = undefined;
    } else {
      const rules = value.siteRules.map((r, i) => validateSiteRule(r, `siteRules[${i}]`, problems));
      siteRules = rules.every((r): r is SiteRule => r !== undefined) ? rules : undefined;
    }
  }
  if (problems.length > 0 || !archive || !siteRules) return undefined;
  return { archive, siteRules };
}

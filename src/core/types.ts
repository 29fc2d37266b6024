// The data that flows through the core: page metadata, site rules, settings, and the finished clip.
// Everything here is plain, JSON-able data so it can cross extension contexts and be stored.

/** What the page says about itself, each field from the best source found (never a junk value). */
export interface PageMetadata {
  /** Article title without the " | Site" suffix; '' when none could be found. */
  title: string;
  /** Author names, in page order, de-duplicated; [] when unknown. */
  authors: string[];
  /** Publication time as UTC ISO (`toISOString()` form), or undefined when the page states none. */
  published?: string;
  /** Last modification time, UTC ISO, when stated. */
  modified?: string;
  siteName?: string;
  /** BCP 47 language tag, e.g. 'en', 'zh-CN'. */
  lang?: string;
  /** Canonical URL as the page declares it (absolute). */
  canonicalUrl?: string;
  description?: string;
  /** Absolute URL of the lead image. */
  leadImage?: string;
}

/**
 * A per-site rule: plain data, editable in the options page. Matched against the tab's host:
 * `domain: "chinafile.com"` matches chinafile.com and every subdomain.
 */
export interface SiteRule {
  domain: string;
  /** Optional human label for the options page. */
  name?: string;
  /** CSS selector of the article body; when it matches, Readability is run on that element only. */
  content?: string;
  /** CSS selectors whose text is the author (first match wins; several matches = several authors). */
  byline?: string;
  /** CSS selector whose text or `datetime`/`content` is the publication time. */
  published?: string;
  /** CSS selector whose text is the title. */
  title?: string;
  /** CSS selectors of noise to remove before extraction. */
  remove?: string[];
  /** Attributes that hold the real image source on lazy images (tried before the built-in list). */
  lazyImageAttributes?: string[];
  /**
   * Names of JavaScript variables assigned in the page's inline scripts that hold metadata the markup lacks
   * (e.g. WeChat's `var ct = "1614567890"` publish time and `var nickname = "…"` account name). Tried after the selectors.
   */
  scriptVariables?: { title?: string[]; author?: string[]; published?: string[] };
  /** Default tags and categories for clips from this site. */
  tags?: string[];
  categories?: string[];
}

export type ImageStyle = 'markdown' | 'html-no-referrer';

/** Settings that shape the archive file. Defaults live in src/core/settings.ts (the defaults object is the schema). */
export interface ArchiveSettings {
  /** Front matter `layout`. */
  layout: string;
  /** 'published': the article's own publication time when stated, else the clip time. 'clipped': always the clip time. */
  dateSource: 'published' | 'clipped';
  /** IANA time zone for the date in the file name; '' = the runtime's local zone. */
  timeZone: string;
  imageStyle: ImageStyle;
  /** File path pattern; placeholders {date} (YYYY-MM-DD), {slug}, {year}, {month}, {day}. */
  fileNamePattern: string;
  /** Default tags and categories for every clip (merged before site defaults). */
  defaultTags: string[];
  defaultCategories: string[];
  /** Extra front matter keys written after `categories` (e.g. lang, excerpt, image), in this order. */
  extraFrontMatter: Array<'lang' | 'excerpt' | 'image'>;
}

/** What the user chose in the popup (or the defaults, for a one-click clip). */
export interface ClipChoices {
  tags?: string[];
  categories?: string[];
  /** Overrides of the extracted values. */
  title?: string;
  author?: string;
  /** ISO date-time or date; overrides the chosen date. */
  date?: string;
}

export type ClipMode = 'article' | 'page' | 'selection';

/** The front matter and header of an archive file, plus its body: what format and parse round-trip. */
export interface ArchivePost {
  layout: string;
  title: string;
  /** UTC ISO, `toISOString()` form. */
  date: string;
  /** Several authors joined with ', '; '' when unknown. */
  author: string;
  from: string;
  tags: string[];
  categories: string[];
  /** Extra keys after `categories`, in order. Values are strings. */
  extra?: Array<[string, string]>;
  /** The body after the header (Markdown, or HTML in old archive posts), without the blank line after the setext line. */
  body: string;
}

/** The finished clip: everything the popup shows and the background stores. */
export interface Clip {
  /** Archive path, e.g. `_posts/2021-07-10-why-china-going-after-its-tech-giants.md`. */
  path: string;
  title: string;
  author: string;
  date: string;
  from: string;
  tags: string[];
  categories: string[];
  /** The Markdown body alone. */
  markdown: string;
  /** The whole archive file. */
  text: string;
  /** The page's metadata as extracted (before the user's overrides). */
  metadata: PageMetadata;
  /** The tab's URL at clip time. */
  url: string;
  mode: ClipMode;
  /** When the clip was made (UTC ISO). */
  clippedAt: string;
}

// Builds the finished Clip from extracted metadata and Markdown, the user's choices and the settings.
// Pure and DOM-free: the popup calls it again whenever the user edits the title, tags or date.
import { articleAddress } from './archive/article-address';
import { cleanName, cleanNames, cleanTitle } from './archive/clean-text';
import { archivePath } from './archive/file-path';
import { formatArchiveFile } from './archive/format-file';
import { normalizeBody } from './archive/body';
import { readDateInput, readStatedDate } from './archive/post-date';
import type { ArchivePost, ArchiveSettings, Clip, ClipChoices, ClipMode, PageMetadata, SiteRule } from './types';

export interface AssembleInput {
  metadata: PageMetadata;
  markdown: string;
  url: string;
  mode: ClipMode;
  rule?: SiteRule;
}

/** The title shown when the page has none: the site's host name. */
function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

function postDate(metadata: PageMetadata, choices: ClipChoices, settings: ArchiveSettings, now: Date): Date {
  if (choices.date !== undefined && choices.date.trim() !== '') return readDateInput(choices.date, settings.timeZone);
  const published = settings.dateSource === 'published' ? readStatedDate(metadata.published) : undefined;
  return published ?? now;
}

function extraFrontMatter(metadata: PageMetadata, settings: ArchiveSettings): Array<[string, string]> {
  const values: Record<ArchiveSettings['extraFrontMatter'][number], string | undefined> = {
    lang: metadata.lang,
    excerpt: metadata.description,
    image: metadata.leadImage,
  };
  const extra: Array<[string, string]> = [];
  for (const key of settings.extraFrontMatter) {
    const value = cleanName(values[key] ?? '');
    if (value !== '' && !extra.some(([existing]) => existing === key)) extra.push([key, value]);
  }
  return extra;
}

/**
 * The clip: tags are the user's when given, else settings.defaultTags then the site rule's (same for
 * categories); the date is the user's, else the page's publication time (dateSource 'published'),
 * else `now`. Throws InvalidDateError when the user's date cannot be read.
 */
export function assembleClip(input: AssembleInput, choices: ClipChoices, settings: ArchiveSettings, now: Date): Clip {
  const { metadata, rule } = input;
  const from = articleAddress(input.url, metadata.canonicalUrl);
  const title = cleanTitle(choices.title ?? metadata.title) || hostOf(from);
  const author = cleanName(choices.author ?? cleanNames(metadata.authors).join(', '));
  const tags = cleanNames(choices.tags ?? [...settings.defaultTags, ...(rule?.tags ?? [])]);
  const categories = cleanNames(choices.categories ?? [...settings.defaultCategories, ...(rule?.categories ?? [])]);
  const date = postDate(metadata, choices, settings, now).toISOString();
  const markdown = normalizeBody(input.markdown);
  const extra = extraFrontMatter(metadata, settings);
  const post: ArchivePost = { layout: settings.layout, title, date, author, from, tags, categories, body: markdown };
  if (extra.length > 0) post.extra = extra;
  return {
    path: archivePath(post, settings, from),
    title,
    author,
    date,
    from,
    tags,
    categories,
    markdown,
    text: formatArchiveFile(post),
    metadata,
    url: input.url,
    mode: input.mode,
    clippedAt: now.toISOString(),
  };
}

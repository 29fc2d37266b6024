// Moves ArchiveSettings into the options form and back, validating what the user typed.
import type { ArchiveSettings } from '../core/types';
import { tr } from '../i18n/messages';
import type { FieldError } from './field-errors';
import { formatList, parseList } from './list-field';
import { isTimeZone } from './time-zones';

const EXTRA_ORDER: ReadonlyArray<ArchiveSettings['extraFrontMatter'][number]> = ['lang', 'excerpt', 'image'];

function input(form: HTMLFormElement, id: string): HTMLInputElement {
  const el = form.querySelector<HTMLInputElement>(`#${id}`);
  if (!el) throw new Error(`The options form has no #${id} field; options.html and archive-form.ts disagree.`);
  return el;
}

function radios(form: HTMLFormElement, name: string): HTMLInputElement[] {
  return Array.from(form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`));
}

/** Shows `archive` in the form. */
export function fillArchiveForm(form: HTMLFormElement, archive: ArchiveSettings): void {
  input(form, 'layout').value = archive.layout;
  input(form, 'file-name-pattern').value = archive.fileNamePattern;
  input(form, 'time-zone').value = archive.timeZone;
  input(form, 'default-tags').value = formatList(archive.defaultTags);
  input(form, 'default-categories').value = formatList(archive.defaultCategories);
  for (const r of radios(form, 'dateSource')) r.checked = r.value === archive.dateSource;
  for (const r of radios(form, 'imageStyle')) r.checked = r.value === archive.imageStyle;
  for (const c of radios(form, 'extraFrontMatter')) {
    c.checked = archive.extraFrontMatter.includes(c.value as ArchiveSettings['extraFrontMatter'][number]);
  }
}

export type ArchiveFormResult = { ok: true; archive: ArchiveSettings } | { ok: false; errors: FieldError[] };

/** Reads the form into complete ArchiveSettings (`base` supplies anything the form lacks), or the problems found. */
export function readArchiveForm(form: HTMLFormElement, base: ArchiveSettings): ArchiveFormResult {
  const errors: FieldError[] = [];
  const layout = input(form, 'layout').value.trim();
  if (layout === '' || /[\s:#]/.test(layout)) {
    errors.push({ field: 'layout', message: tr('optionsErrorLayout', 'Enter a layout name without spaces, colons or #, e.g. post.') });
  }
  const fileNamePattern = input(form, 'file-name-pattern').value.trim();
  if (!fileNamePattern.includes('{slug}') || fileNamePattern.endsWith('/')) {
    errors.push({
      field: 'file-name-pattern',
      message: tr('optionsErrorPattern', 'The pattern must contain {slug} (so two articles never share a file) and end in a file name, e.g. _posts/{date}-{slug}.md.'),
    });
  }
  const timeZone = input(form, 'time-zone').value.trim();
  if (!isTimeZone(timeZone)) {
    errors.push({ field: 'time-zone', message: tr('optionsErrorTimeZone', '"$1" is not an IANA time zone. Pick one from the list, e.g. Asia/Shanghai, or leave it empty.', [timeZone]) });
  }
  if (errors.length) return { ok: false, errors };

  const checked = (name: string): string | undefined => radios(form, name).find((r) => r.checked)?.value;
  const extras = new Set(radios(form, 'extraFrontMatter').filter((c) => c.checked).map((c) => c.value));
  return {
    ok: true,
    archive: {
      ...base,
      layout,
      fileNamePattern,
      timeZone,
      dateSource: (checked('dateSource') as ArchiveSettings['dateSource'] | undefined) ?? base.dateSource,
      imageStyle: (checked('imageStyle') as ArchiveSettings['imageStyle'] | undefined) ?? base.imageStyle,
      extraFrontMatter: EXTRA_ORDER.filter((key) => extras.has(key)),
      defaultTags: parseList(input(form, 'default-tags').value),
      defaultCategories: parseList(input(form, 'default-categories').value),
    },
  };
}

// Default archive settings: the defaults object doubles as the schema (only differences from it are stored).
import type { ArchiveSettings } from './types';

export const DEFAULT_ARCHIVE_SETTINGS: ArchiveSettings = {
  layout: 'post',
  dateSource: 'published',
  timeZone: '',
  imageStyle: 'markdown',
  fileNamePattern: '_posts/{date}-{slug}.md',
  defaultTags: [],
  defaultCategories: [],
  extraFrontMatter: [],
};

/** Fills in every missing setting from the defaults. */
export function withArchiveDefaults(partial: Partial<ArchiveSettings> = {}): ArchiveSettings {
  return { ...DEFAULT_ARCHIVE_SETTINGS, ...partial };
}

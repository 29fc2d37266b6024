// The archive module's public face: write, read and place archive files, and the `from` rule.
export { formatArchiveFile } from './format-file';
export { parseArchiveFile } from './reader';
export { archivePath, uniquePath, validateFileNamePattern } from './file-path';
export { articleAddress } from './article-address';
export { cleanTitle, cleanName, cleanNames } from './clean-text';
export { postSlug, titleSlug, readableUrlSlug } from './slug';
export { normalizeBody } from './body';
export { ArchiveParseError, ArchiveFormatError, FileNamePatternError, InvalidTimeZoneError, InvalidDateError } from './errors';

// Public API of the pure core: clip a Document into an archive file, and rebuild a file from edited choices.
export { clipDocument } from './clip';
export type { ClipOutcome, ClipDocumentOptions } from './clip';
export { assembleClip } from './assemble';
export type { AssembleInput } from './assemble';
export { extractArticle } from './extract/index';
export type { ExtractResult, ExtractOptions } from './extract/index';
export { BUILT_IN_SITE_RULES, findSiteRule } from './site-rules';
export * from './types';
export { DEFAULT_ARCHIVE_SETTINGS, withArchiveDefaults } from './settings';

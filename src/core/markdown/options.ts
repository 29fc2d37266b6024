// The options every rule receives: turndown's own, plus the clipper's image style and per-conversion state.
import type TurndownService from 'turndown';
import type { ImageStyle } from '../types';

/** Facts about the conversion in progress, set by the service before each run (conversion is synchronous). */
export interface ConversionState {
  /** Absolute URL that relative links and images resolve against, when the document has one. */
  baseUrl?: string;
}

export interface ClipperOptions extends TurndownService.Options {
  imageStyle: ImageStyle;
  state: ConversionState;
}

/** A turndown rule with its registration key: plain data, registered once by the service. */
export interface MarkdownRule {
  key: string;
  filter: TurndownService.Filter;
  replacement: TurndownService.ReplacementFunction;
}

export function clipperOptions(options: TurndownService.Options): ClipperOptions {
  return options as ClipperOptions;
}

/** Data attributes the preparation steps leave for the rules (the names are the contract between them). */
export const MARK = {
  math: 'data-clipper-math',
  mathDisplay: 'data-clipper-display',
  footnoteRef: 'data-clipper-fnref',
  footnoteDef: 'data-clipper-fndef',
  table: 'data-clipper-table',
} as const;

// The one configured turndown service per image style, built once and cached, with every rule registered here.
import TurndownService from 'turndown';
import type { ImageStyle } from '../types';
import type { ClipperOptions, MarkdownRule } from './options';
import { baseUrlOf } from './dom';
import { escapeMarkdownText } from './escape';
import { finishMarkdown } from './finish';
import { prepareForMarkdown } from './prepare';
import { codeBlockRule } from './rules/code-block';
import { emphasisRule } from './rules/emphasis';
import { embedRule } from './rules/embed';
import { figureCaptionRule } from './rules/figure-caption';
import { footnoteDefinitionRule, footnoteReferenceRule } from './rules/footnote';
import { headingRule } from './rules/heading';
import { imageRule } from './rules/image';
import { inlineCodeRule } from './rules/inline-code';
import { inlineQuoteRule, superSubscriptRule } from './rules/inline-html';
import { lineBreakRule } from './rules/line-break';
import { linkRule } from './rules/link';
import { listItemRule } from './rules/list-item';
import { mathRule } from './rules/math';
import { noiseRule } from './rules/noise';
import { strikethroughRule } from './rules/strikethrough';
import { strongRule } from './rules/strong';
import { tableCaptionRule, tableCellRule, tableRowRule, tableRule, tableSectionRule } from './rules/table';
import { taskListRule } from './rules/task-list';

/**
 * Every rule, in precedence order: for each element the first rule whose filter matches wins (turndown's own
 * CommonMark rules for paragraphs, quotes, lists and rules come after all of these). Markers left by the
 * preparation step (math, footnotes) come first, so the generic rules for <sup>, <span> and <a> never see them.
 */
export const RULES: readonly MarkdownRule[] = [
  mathRule,
  footnoteReferenceRule,
  footnoteDefinitionRule,
  codeBlockRule,
  inlineCodeRule,
  tableRule,
  tableSectionRule,
  tableRowRule,
  tableCellRule,
  tableCaptionRule,
  taskListRule,
  noiseRule,
  embedRule,
  imageRule,
  linkRule,
  headingRule,
  listItemRule,
  lineBreakRule,
  figureCaptionRule,
  strongRule,
  emphasisRule,
  strikethroughRule,
  superSubscriptRule,
  inlineQuoteRule,
];

export interface MarkdownService {
  /**
   * Converts a node to the Markdown body. The node is read, never changed, unless `inPlace`: a caller that gives the
   * node up lets it be prepared in place, sparing a copy.
   */
  convert(content: Element | DocumentFragment, inPlace?: boolean): string;
}

const cache = new Map<ImageStyle, MarkdownService>();

/**
 * turndown copies its input (`input.cloneNode(true)`) before collapsing white space in it. Our input already is a
 * private copy, so this hands it over as a node whose cloneNode returns the copy itself, saving a second deep copy
 * of the article (a quarter of the conversion time under linkedom). If turndown ever stops cloning, it would use
 * this object as the root and the conversion tests fail at once.
 */
function handOver(copy: Element | DocumentFragment): HTMLElement {
  return { nodeType: copy.nodeType, cloneNode: () => copy } as unknown as HTMLElement;
}

export function getMarkdownService(imageStyle: ImageStyle): MarkdownService {
  let service = cache.get(imageStyle);
  if (!service) {
    service = createMarkdownService(imageStyle);
    cache.set(imageStyle, service);
  }
  return service;
}

export function createMarkdownService(imageStyle: ImageStyle): MarkdownService {
  const options: ClipperOptions = {
    headingStyle: 'atx',
    hr: '---',
    bulletListMarker: '-',
    codeBlockStyle: 'fenced',
    fence: '```',
    emDelimiter: '*',
    strongDelimiter: '**',
    linkStyle: 'inlined',
    br: '  ',
    imageStyle,
    state: {},
  };
  const turndown = new TurndownService(options);
  // The GFM parts (tables, task lists, strikethrough) are rules of this project, not @joplin/turndown-plugin-gfm's:
  // its table and task-list rules read HTMLTableElement.rows and HTMLInputElement.checked, which linkedom lacks
  // (every table came out flattened, every box unchecked), it keeps complex tables with all their attributes, and
  // its strikethrough writes "~~" without the flanking and nesting checks ("~~~~1~~!~~" for nested <del>).
  // turndown gives precedence to the rule added last, so the list is added back to front.
  for (const rule of [...RULES].reverse()) turndown.addRule(rule.key, { filter: rule.filter, replacement: rule.replacement });
  turndown.escape = escapeMarkdownText;
  const live = turndown.options as ClipperOptions;

  return {
    convert(content, inPlace = false) {
      // A private copy unless the caller gave the content up: the preparation steps rewrite code blocks, math and
      // footnotes in place.
      const copy = inPlace ? content : (content.cloneNode(true) as Element | DocumentFragment);
      // One text node per run of text (linkedom splits text at every character reference), so escaping sees
      // the neighbours of each character.
      copy.normalize();
      prepareForMarkdown(copy);
      live.state = { baseUrl: baseUrlOf(content) };
      try {
        return finishMarkdown(turndown.turndown(handOver(copy)));
      } finally {
        live.state = {};
      }
    },
  };
}

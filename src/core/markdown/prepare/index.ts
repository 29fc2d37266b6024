// Normalises a private copy of the article DOM before turndown: one step per concern, in a fixed order.
import { normaliseCodeBlocks } from './code-blocks';
import { joinCjkLineBreaks } from './cjk-line-breaks';
import { orderFigureCaptions } from './figures';
import { markFootnotes } from './footnotes';
import { normaliseMath } from './math';
import { mergeAdjacentInline } from './inline-runs';
import { classifyTables } from './tables';
import { allElements } from '../dom';

/**
 * The order matters: code blocks first (their gutters would otherwise look like tables and footnote labels),
 * then math (MathJax scripts are not code), then footnotes and tables (tables holding notes stay intact),
 * then joining touching inline elements of one kind, and the CJK line-break pass last, over the text that is left.
 */
export function prepareForMarkdown(root: ParentNode): void {
  // One list of the original elements for every step; each skips what an earlier step replaced.
  const elements = allElements(root);
  normaliseCodeBlocks(root, elements);
  normaliseMath(root, elements);
  markFootnotes(root, elements);
  classifyTables(root, elements);
  orderFigureCaptions(root, elements);
  mergeAdjacentInline(root, elements);
  joinCjkLineBreaks(root);
}

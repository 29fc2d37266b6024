// Task lists: a checkbox at the start of a list item becomes `[x]` or `[ ]`.
import type { MarkdownRule } from '../options';
import { closestTag } from '../dom';

export const taskListRule: MarkdownRule = {
  key: 'taskListItem',
  filter: (node) =>
    node.nodeName === 'INPUT' && (node.getAttribute('type') ?? '').toLowerCase() === 'checkbox' && closestTag(node, ['LI']) !== null,
  // The attribute, not the `checked` property: linkedom has no such property, and the markup is what was clipped.
  replacement: (_content, node) => (node.hasAttribute('checked') ? '[x] ' : '[ ] '),
};

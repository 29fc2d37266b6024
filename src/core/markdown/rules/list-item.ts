// List items with `-` or `N.` and one space, continuation lines indented to the item's content.
import type { MarkdownRule } from '../options';

export const listItemRule: MarkdownRule = {
  key: 'listItem',
  filter: 'li',
  replacement(content, node) {
    const parent = node.parentNode as Element | null;
    let prefix = '- ';
    if (parent && parent.nodeName.toUpperCase() === 'OL') {
      const start = Number(parent.getAttribute('start'));
      let index = 0;
      for (let sib = node.previousElementSibling; sib; sib = sib.previousElementSibling) {
        if (sib.nodeName.toUpperCase() === 'LI') index++;
      }
      prefix = `${(Number.isFinite(start) && parent.hasAttribute('start') ? start : 1) + index}. `;
    }
    const loose = /\n$/.test(content);
    const body = content.replace(/^\n+/, '').replace(/^[ \t]+/, '').replace(/^(\[[ x]\])[ \t]+/, '$1 ').replace(/\n+$/, '') + (loose ? '\n' : '');
    const indented = body.replace(/\n(?!\n|$)/g, '\n' + ' '.repeat(prefix.length));
    return prefix + indented + (node.nextSibling ? '\n' : '');
  },
};

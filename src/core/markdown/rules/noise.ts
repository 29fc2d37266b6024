// Elements that are page machinery, not article content: scripts, styles, form controls, buttons, drawings.
import type { MarkdownRule } from '../options';

const NOISE = ['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'svg', 'SVG', 'CANVAS', 'LINK', 'META', 'DIALOG'];

export const noiseRule: MarkdownRule = {
  key: 'noise',
  filter: (node) => NOISE.includes(node.nodeName),
  replacement: () => '',
};

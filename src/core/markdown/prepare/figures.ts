// Puts every figure's caption after its image, so the Markdown reads image, then caption.
import { isInside, tagName } from '../dom';

export function orderFigureCaptions(root: ParentNode, elements: Element[]): void {
  for (const caption of elements) {
    if (tagName(caption) !== 'FIGCAPTION') continue;
    const figure = caption.parentElement;
    if (figure && tagName(figure) === 'FIGURE' && caption !== figure.lastElementChild && isInside(caption, root)) figure.appendChild(caption);
  }
}

// Puts every figure's caption after its image, so the Markdown reads image, then caption.
export function orderFigureCaptions(root: ParentNode): void {
  for (const caption of Array.from(root.querySelectorAll('figure > figcaption'))) {
    const figure = caption.parentNode;
    if (figure && caption !== figure.lastElementChild) figure.appendChild(caption);
  }
}

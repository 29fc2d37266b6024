// Renders Markdown to the plain text a reader of the rendered page sees (used by the evaluation).
export function markdownToText(markdown: string): string {
  return markdown;
}

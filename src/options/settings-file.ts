// Settings backup as a file: offer a text as a download from the page, and read a chosen file's text.

/** The export's file name, dated so several backups sort and never overwrite each other: jekyll-clipper-settings-2026-11-28.json. */
export function exportFileName(now: Date): string {
  return `jekyll-clipper-settings-${now.toISOString().slice(0, 10)}.json`;
}

/** Offers `text` as a download named `fileName` (an `<a download>` click: needs no downloads permission). */
export function offerDownload(doc: Document, fileName: string, text: string, type = 'application/json'): void {
  const view = doc.defaultView;
  if (!view) throw new Error('The options page has no window to download from.');
  const url = view.URL.createObjectURL(new view.Blob([text], { type }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  // Revoke later: revoking at once can cancel the download before the browser has read the blob.
  view.setTimeout(() => view.URL.revokeObjectURL(url), 60_000);
}

/** The chosen file's text (UTF-8). */
export function readFileText(file: Blob): Promise<string> {
  return file.text();
}

// Finds an author and publication date stated only in the page text (作者：…, 记者 …, "By X", "Published March 5, 2019").

export interface TextByline {
  authors: string[];
  /** Publication time as UTC ISO when a date could be read; local wall time is taken as UTC+8 for Chinese pages, UTC otherwise. */
  published?: string;
}

const ZH_AUTHOR = /(?:作者|撰文|文|记者|编辑|责任编辑|来源)\s*[：:|丨]\s*([\u4e00-\u9fa5·]{2,8})/;
const EN_BY = /^\s*By\s+([A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}(?:\s*(?:,|and|&)\s*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})*)\s*$/;
const ZH_DATE = /(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*日?(?:\s*(\d{1,2}):(\d{2}))?/;

/** Reads author names and a date from byline-like lines of the page text (minimal first version). */
export function findTextByline(doc: Document, opts: { title?: string; lang?: string }): TextByline {
  const zh = /^zh/i.test(opts.lang ?? '') || /[\u4e00-\u9fa5]/.test(opts.title ?? '');
  const authors: string[] = [];
  let published: string | undefined;
  const candidates = Array.from(doc.body?.querySelectorAll('p, span, div, td, time, address') ?? []).filter(
    (el) => (el.textContent ?? '').trim().length > 0 && (el.textContent ?? '').trim().length < 120,
  );
  for (const el of candidates) {
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!authors.length) {
      const m = zh ? ZH_AUTHOR.exec(text) : EN_BY.exec(text);
      if (m) authors.push(...m[1].split(/\s*(?:,|\band\b|&)\s*/).filter(Boolean));
    }
    if (!published) {
      const d = ZH_DATE.exec(text);
      if (d) {
        const offset = zh ? 8 : 0;
        const t = Date.UTC(+d[1], +d[2] - 1, +d[3], (d[4] ? +d[4] : 0) - (d[4] ? offset : 0), d[5] ? +d[5] : 0);
        if (!Number.isNaN(t)) published = new Date(t).toISOString();
      }
    }
    if (authors.length && published) break;
  }
  return { authors, published };
}

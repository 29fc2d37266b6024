// The popup's clip model: what was extracted, what the user changed, and the file rebuilt from both (pure, no DOM).
import { assembleClip, type AssembleInput } from '../core/assemble';
import type { ArchiveSettings, Clip, ClipChoices, SiteRule } from '../core/types';

export interface ClipModel {
  input: AssembleInput;
  archive: ArchiveSettings;
  choices: ClipChoices;
  /** The user's own `from` address, when they replaced the detected one. */
  fromOverride?: string;
  clippedAt: Date;
  clip: Clip;
}

export type EditableField = 'title' | 'author' | 'date' | 'from';

export interface Edit {
  title?: string;
  author?: string;
  date?: string;
  from?: string;
  tags?: string[];
  categories?: string[];
}

export type EditResult = { ok: true; model: ClipModel } | { ok: false; field: EditableField; message: string; model: ClipModel };

/** The model for a clip the content script made (its tags and categories become the explicit choice). */
export function modelFromClip(clip: Clip, archive: ArchiveSettings, rule?: SiteRule): ClipModel {
  return {
    input: { metadata: clip.metadata, markdown: clip.markdown, url: clip.url, mode: clip.mode, rule },
    archive,
    choices: { tags: [...clip.tags], categories: [...clip.categories] },
    clippedAt: new Date(clip.clippedAt),
    clip,
  };
}

function rebuild(model: Omit<ClipModel, 'clip'>): Clip {
  // A replaced address goes through the same `from` rule (tracking parameters and fragment dropped) as a detected one.
  const input: AssembleInput = model.fromOverride
    ? { ...model.input, url: model.fromOverride, metadata: { ...model.input.metadata, canonicalUrl: undefined } }
    : model.input;
  const clip = assembleClip(input, model.choices, model.archive, model.clippedAt);
  return { ...clip, url: model.input.url };
}

/**
 * Applies the user's edit and rebuilds the file. An empty date or address goes back to the detected one;
 * an unreadable date leaves the previous file in place and names the field to flag.
 */
export function applyEdit(model: ClipModel, edit: Edit): EditResult {
  const choices: ClipChoices = { ...model.choices };
  let fromOverride = model.fromOverride;
  if (edit.title !== undefined) choices.title = edit.title;
  if (edit.author !== undefined) choices.author = edit.author;
  if (edit.tags !== undefined) choices.tags = [...edit.tags];
  if (edit.categories !== undefined) choices.categories = [...edit.categories];
  if (edit.date !== undefined) {
    if (edit.date.trim() === '') delete choices.date;
    else choices.date = edit.date.trim();
  }
  if (edit.from !== undefined) {
    const from = edit.from.trim();
    if (from === '') fromOverride = undefined;
    else {
      try {
        const parsed = new URL(from);
        if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new TypeError('not http');
      } catch {
        return { ok: false, field: 'from', message: `"${from}" is not a web address; write it as https://…`, model };
      }
      fromOverride = from;
    }
  }
  const next = { ...model, choices, fromOverride };
  try {
    return { ok: true, model: { ...next, clip: rebuild(next) } };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const field: EditableField = edit.date !== undefined ? 'date' : edit.from !== undefined ? 'from' : 'title';
    return { ok: false, field, message, model };
  }
}

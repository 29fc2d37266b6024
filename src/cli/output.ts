// Writes clips out: the archive file, its JSON summary, or the file saved at its archive path under a folder.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import type { Clip } from '../core/types';
import { CliError } from './errors';

/** The JSON shape --json prints for each input. */
export type ClipJson = Pick<Clip, 'path' | 'title' | 'author' | 'date' | 'from' | 'tags' | 'categories' | 'markdown' | 'text'>;

export function clipJson(clip: Clip): ClipJson {
  const { path, title, author, date, from, tags, categories, markdown, text } = clip;
  return { path, title, author, date, from, tags, categories, markdown, text };
}

/** Saves the clip at `outDir/clip.path` (folders created) and returns the written path. */
export async function writeClip(outDir: string, clip: Clip): Promise<string> {
  const root = resolve(outDir);
  const target = resolve(root, clip.path);
  // The path comes from page data; it must never climb out of the chosen folder.
  if (relative(root, target).startsWith('..')) throw new CliError(`refusing to write outside ${outDir}: ${clip.path}`);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, clip.text, 'utf8');
  return join(outDir, clip.path);
}

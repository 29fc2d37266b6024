// The icon set: one SVG drawing, PNGs at the sizes the manifest names, each really that size, with a transparent corner.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';

const ROOT = join(import.meta.dirname, '..', '..');

/** Width, height, colour type and the first pixel's alpha of a non-interlaced 8-bit PNG (enough to check our own files). */
function readPng(path: string): { width: number; height: number; colorType: number; cornerAlpha: number } {
  const png = readFileSync(path);
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const colorType = png[25];
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    if (type === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  // Row 0 starts with a filter byte. For the very first pixel every PNG filter predicts 0 (no pixel left of or above it),
  // so its bytes are stored as they are: RGBA at raw[1..4].
  const cornerAlpha = colorType === 6 ? raw[4] : -1;
  return { width, height, colorType, cornerAlpha };
}

describe('icons', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as {
    icons: Record<string, string>;
    action?: { default_icon?: Record<string, string> };
  };

  it('has the source drawing', () => {
    expect(readFileSync(join(ROOT, 'icons', 'icon.svg'), 'utf8')).toMatch(/<svg[^>]+viewBox="0 0 128 128"/);
  });

  it.each(['16', '32', '48', '128'])('icon-%s.png exists, is that size, RGBA, with a transparent corner (rounded plate)', (size) => {
    const path = join(ROOT, 'icons', `icon-${size}.png`);
    expect(existsSync(path)).toBe(true);
    const png = readPng(path);
    expect([png.width, png.height]).toEqual([Number(size), Number(size)]);
    expect(png.colorType).toBe(6);
    expect(png.cornerAlpha).toBe(0);
  });

  it('every icon the manifest names exists at the size it claims', () => {
    const named = { ...manifest.icons, ...(manifest.action?.default_icon ?? {}) };
    expect(Object.keys(named).length).toBeGreaterThan(0);
    for (const [size, file] of Object.entries(named)) {
      const png = readPng(join(ROOT, file));
      expect([png.width, png.height], file).toEqual([Number(size), Number(size)]);
    }
  });
});

// Rasterizes icons/icon.svg into the PNG sizes the manifests name (16, 32, 48, 128), with headless Chromium.
// Run: `npx tsx scripts/icons.ts` (needs Debian's /usr/bin/chromium; CHROMIUM=path overrides). The PNGs are committed,
// so the build needs no browser; re-run this only when the drawing changes.
import { chromium } from 'playwright-core';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const ICON_SIZES = [16, 32, 48, 128] as const;

const root = join(import.meta.dirname, '..');
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';

async function main(): Promise<void> {
  const svg = readFileSync(join(root, 'icons', 'icon.svg'), 'utf8');
  const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    for (const size of ICON_SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      // The SVG is drawn at exactly the target size (not scaled from a bitmap), so Skia anti-aliases each size itself.
      const sized = svg.replace(/width="128" height="128"/, `width="${size}" height="${size}"`);
      await page.setContent(
        `<!doctype html><html><body style="margin:0;background:transparent">${sized}</body></html>`,
      );
      const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      const out = join(root, 'icons', `icon-${size}.png`);
      writeFileSync(out, png);
      console.log(`${out}: ${png.length} bytes`);
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

await main();

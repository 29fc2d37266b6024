// Accessibility basics checked on the browser's own accessibility tree (CDP Accessibility.getFullAXTree): every
// control of the popup and the options page has an accessible name, and the popup's tag editors follow the combobox pattern.
import { describe, expect, it } from 'vitest';
import { useExtensionBrowser } from './harness';
import { waitForState } from './support/popup-driver';

interface AXNode {
  nodeId: string;
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  properties?: Array<{ name: string; value: { value: unknown } }>;
}

const CONTROL_ROLES = new Set(['button', 'textbox', 'combobox', 'checkbox', 'radio', 'listbox', 'option', 'link', 'searchbox', 'spinbutton', 'slider', 'switch', 'menuitem']);

/** Controls that the accessibility tree exposes without a name: "role (nodeId)". */
function unnamed(nodes: AXNode[]): string[] {
  return nodes
    .filter((n) => !n.ignored && CONTROL_ROLES.has(n.role?.value ?? '') && !(n.name?.value ?? '').trim())
    .filter((n) => !(n.properties ?? []).some((p) => p.name === 'hidden' && p.value.value === true))
    .map((n) => `${n.role?.value} (${n.nodeId})`);
}

describe('accessibility basics (real Chromium accessibility tree)', () => {
  const env = useExtensionBrowser();

  it('every control of the ready popup has an accessible name; tag inputs are comboboxes that control a listbox', async () => {
    const page = await env.browser.openPage(env.server.url('river-restoration.html'));
    const { popup } = await env.browser.clickToolbar(page);
    await waitForState(popup, 'ready');
    const { nodes } = await popup.send<{ nodes: AXNode[] }>('Accessibility.getFullAXTree');
    expect(nodes.some((n) => n.role?.value === 'combobox')).toBe(true);
    expect(unnamed(nodes)).toEqual([]);
    for (const field of ['tags', 'categories']) {
      const combo = await popup.evaluate<{ role: string | null; controls: string | null; listRole: string | null; label: string }>(`(() => {
        const input = document.querySelector('#${field}-input');
        const list = document.getElementById(input.getAttribute('aria-controls') || '');
        return { role: input.getAttribute('role'), controls: input.getAttribute('aria-controls'), listRole: list && list.getAttribute('role'),
          label: (input.labels && input.labels[0] && input.labels[0].textContent) || input.getAttribute('aria-label') || '' };
      })()`);
      expect(combo).toMatchObject({ role: 'combobox', controls: `${field}-suggestions`, listRole: 'listbox' });
      expect(combo.label.trim()).not.toBe('');
    }
    expect(await popup.evaluate<string | null>(`document.querySelector('#status').getAttribute('role')`)).toBe('status');
    await popup.close();
    await page.close();
  });

  it('every control of the options page, and of its rule dialog, has an accessible name', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(env.browser.extensionUrl(env.browser.manifest().options_ui!.page));
    await page.waitForSelector('#options[data-ready="true"]');
    const cdp = await env.browser.context.newCDPSession(page);
    const tree = async () => ((await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] }).nodes;
    const nodes = await tree();
    // Not vacuous: the page's text fields, radios and buttons are in the tree being checked.
    for (const role of ['textbox', 'radio', 'checkbox', 'button']) expect(nodes.some((n) => n.role?.value === role), role).toBe(true);
    expect(unnamed(nodes)).toEqual([]);
    await page.click('#rule-add');
    // The dialog is modal and starts on its first field, so keyboard users land inside it.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('rule-domain');
    await page.click('#rule-selectors summary');
    expect(unnamed(await tree())).toEqual([]);
    await page.keyboard.press('Escape');
    await page.waitForSelector('#rule-dialog', { state: 'hidden' });
    await page.close();
  });
});

// User actions on the real popup, written against its DOM contract (#app[data-state], #tags-input, #tags-chips, #status…).
import type { TargetSession } from './target-session';

export type PopupState = 'working' | 'ready' | 'no-article' | 'restricted' | 'error';
export type TagField = 'tags' | 'categories';

const js = (value: unknown): string => JSON.stringify(value);

/** A snapshot of what the popup shows, for time-out messages. */
export const DESCRIBE_POPUP = `({ state: document.querySelector('#app')?.dataset.state, status: document.querySelector('#status')?.textContent,
  result: document.querySelector('#status')?.dataset.result, text: document.body.innerText.slice(0, 400) })`;

export async function waitForState(popup: TargetSession, state: PopupState | PopupState[], timeoutMs = 20_000): Promise<PopupState> {
  const states = Array.isArray(state) ? state : [state];
  return popup.waitFor<PopupState>(
    `(() => { const s = document.querySelector('#app')?.dataset.state; return ${js(states)}.includes(s) ? s : ''; })()`,
    { timeoutMs, describe: DESCRIBE_POPUP },
  );
}

export async function focus(popup: TargetSession, selector: string): Promise<void> {
  await popup.evaluate(`document.querySelector(${js(selector)}).focus()`);
  await popup.waitFor(`document.activeElement === document.querySelector(${js(selector)})`);
}

/** The chips of a tag field, in order. */
export function chips(popup: TargetSession, field: TagField): Promise<string[]> {
  return popup.evaluate<string[]>(`[...document.querySelectorAll('#${field}-chips [data-tag]')].map((c) => c.dataset.tag)`);
}

/** Types a new tag into the combobox and presses Enter, like a user adding a tag nobody suggested. */
export async function typeTag(popup: TargetSession, field: TagField, name: string): Promise<void> {
  await focus(popup, `#${field}-input`);
  await popup.insertText(name);
  await popup.press('Enter');
  await popup.waitFor(`[...document.querySelectorAll('#${field}-chips [data-tag]')].some((c) => c.dataset.tag === ${js(name)})`, {
    describe: DESCRIBE_POPUP,
  });
}

/** Types a prefix, waits for `name` among the listbox's options, then moves to it with ArrowDown and takes it with Enter. */
export async function pickSuggestion(popup: TargetSession, field: TagField, prefix: string, name: string): Promise<void> {
  await focus(popup, `#${field}-input`);
  await popup.insertText(prefix);
  const options = `[...document.querySelectorAll('#${field}-suggestions [role=option]')]`;
  await popup.waitFor(`!document.querySelector('#${field}-suggestions').hidden && ${options}.some((o) => o.textContent.includes(${js(name)}))`, {
    describe: `({ popup: ${DESCRIBE_POPUP}, options: ${options}.map((o) => o.textContent) })`,
  });
  // ArrowDown until the active option (aria-activedescendant or aria-selected) is the one we want, as a keyboard user would.
  for (let i = 0; i < 20; i += 1) {
    await popup.press('ArrowDown');
    const active = await popup.evaluate<string>(`(() => {
      const input = document.querySelector('#${field}-input');
      const id = input.getAttribute('aria-activedescendant');
      const el = (id && document.getElementById(id)) || document.querySelector('#${field}-suggestions [role=option][aria-selected=true]');
      return el ? el.textContent : '';
    })()`);
    if (active.includes(name)) break;
  }
  await popup.press('Enter');
  await popup.waitFor(`[...document.querySelectorAll('#${field}-chips [data-tag]')].some((c) => c.dataset.tag === ${js(name)})`, {
    describe: DESCRIBE_POPUP,
  });
}

/** Clicks a button and waits for #status[data-result] to be `result` (or 'error', which then fails with its text). */
export async function clickForResult(popup: TargetSession, buttonId: string, result: 'saved' | 'downloaded' | 'copied'): Promise<string> {
  await popup.evaluate(`(() => { const s = document.querySelector('#status'); delete s.dataset.result; document.querySelector('#${buttonId}').click(); })()`);
  const got = await popup.waitFor<string>(`document.querySelector('#status').dataset.result || ''`, { describe: DESCRIBE_POPUP });
  if (got !== result) {
    const text = await popup.evaluate<string>(`document.querySelector('#status').textContent`);
    throw new Error(`#${buttonId} ended with data-result="${got}" instead of "${result}": ${text}`);
  }
  return popup.evaluate<string>(`document.querySelector('#status').textContent`);
}

/** The exact file text the popup would save (#raw). */
export function rawText(popup: TargetSession): Promise<string> {
  return popup.evaluate<string>(`document.querySelector('#raw').textContent`);
}

export function inputValue(popup: TargetSession, selector: string): Promise<string> {
  return popup.evaluate<string>(`document.querySelector(${js(selector)}).value`);
}

/** Types a prefix, waits for `name` among the options, and clicks it with the real mouse (press and release on its box). */
export async function clickSuggestion(popup: TargetSession, field: TagField, prefix: string, name: string): Promise<void> {
  await focus(popup, `#${field}-input`);
  await popup.insertText(prefix);
  const option = `[...document.querySelectorAll('#${field}-suggestions [role=option]')].find((o) => o.textContent.includes(${js(name)}))`;
  await popup.waitFor(`!document.querySelector('#${field}-suggestions').hidden && !!${option}`, { describe: DESCRIBE_POPUP });
  // The ARIA combobox pattern: the input says its list is open while options are shown.
  const expanded = await popup.evaluate<string | null>(`document.querySelector('#${field}-input').getAttribute('aria-expanded')`);
  if (expanded !== 'true') throw new Error(`#${field}-input has aria-expanded=${String(expanded)} while its suggestions are shown.`);
  const box = await popup.evaluate<{ x: number; y: number }>(`(() => { const el = ${option}; el.scrollIntoView({ block: 'nearest' });
    const r = el.getBoundingClientRect(); return { x: r.left + r.width / 2, y: r.top + r.height / 2 }; })()`);
  await popup.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x: box.x, y: box.y });
  await popup.send('Input.dispatchMouseEvent', { type: 'mousePressed', x: box.x, y: box.y, button: 'left', clickCount: 1 });
  await popup.send('Input.dispatchMouseEvent', { type: 'mouseReleased', x: box.x, y: box.y, button: 'left', clickCount: 1 });
  await popup.waitFor(`[...document.querySelectorAll('#${field}-chips [data-tag]')].some((c) => c.dataset.tag === ${js(name)})`, {
    describe: DESCRIBE_POPUP,
  });
}

/** Replaces a text field's value by selecting all of it and typing, as a user editing the title would. */
export async function replaceText(popup: TargetSession, selector: string, text: string): Promise<void> {
  await focus(popup, selector);
  await popup.evaluate(`document.querySelector(${js(selector)}).select()`);
  await popup.insertText(text);
  // Leave the field (Tab), so listeners that act on 'change' run too.
  await popup.press('Tab');
}

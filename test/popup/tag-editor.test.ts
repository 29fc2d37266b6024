// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { createTagEditor, type TagEditor } from '../../src/popup/tag-editor';

let editor: TagEditor;
let changes: string[][];
let input: HTMLInputElement;
let listbox: HTMLElement;
let chips: HTMLElement;

function key(k: string): void {
  input.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
}
function type(text: string): void {
  input.value = text;
  input.dispatchEvent(new Event('input'));
}
const chipNames = (): string[] => Array.from(chips.querySelectorAll<HTMLElement>('[data-tag]')).map((c) => c.dataset.tag ?? '');
const optionNames = (): string[] => Array.from(listbox.querySelectorAll<HTMLElement>('[role="option"]')).map((o) => o.dataset.value ?? '');

beforeEach(() => {
  document.body.innerHTML = `
    <label for="tags-input" id="l">Tags</label>
    <ul id="tags-chips"></ul>
    <input id="tags-input" role="combobox" aria-expanded="false" aria-controls="tags-suggestions">
    <ul id="tags-suggestions" role="listbox" hidden></ul>`;
  input = document.getElementById('tags-input') as HTMLInputElement;
  listbox = document.getElementById('tags-suggestions') as HTMLElement;
  chips = document.getElementById('tags-chips') as HTMLElement;
  changes = [];
  editor = createTagEditor({ input, listbox, chips, removeLabel: (n) => `Remove ${n}`, onChange: (v) => changes.push(v) });
  editor.setSuggestions(['中参馆', 'tech', 'travel', 'trains'].map((name) => ({ name })));
  editor.setValues(['中参馆']);
});

describe('tag editor', () => {
  it('adds typed text with Enter and ignores duplicates and blanks', () => {
    type('  New   tag ');
    key('Enter');
    type('new tag');
    key('Enter');
    type('   ');
    key('Enter');
    expect(chipNames()).toEqual(['中参馆', 'New tag']);
    expect(changes).toEqual([['中参馆', 'New tag']]);
    expect(input.value).toBe('');
  });

  it('filters suggestions as you type, without chosen tags, and exposes them as a listbox', () => {
    input.dispatchEvent(new Event('focus'));
    expect(optionNames()).toEqual(['tech', 'travel', 'trains']);
    type('tr');
    expect(optionNames()).toEqual(['travel', 'trains']);
    expect(listbox.hidden).toBe(false);
    expect(input.getAttribute('aria-expanded')).toBe('true');
    type('zzz');
    expect(listbox.hidden).toBe(true);
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });

  it('moves through suggestions with the arrow keys (wrapping) and adds the active one with Enter', () => {
    type('t');
    key('ArrowDown');
    key('ArrowDown');
    const active = input.getAttribute('aria-activedescendant');
    expect(active && document.getElementById(active)?.getAttribute('aria-selected')).toBe('true');
    expect(active && document.getElementById(active)?.dataset.value).toBe('travel');
    key('ArrowUp');
    key('ArrowUp');
    expect(document.getElementById(input.getAttribute('aria-activedescendant') ?? '')?.dataset.value).toBe('trains');
    key('Enter');
    expect(chipNames()).toEqual(['中参馆', 'trains']);
  });

  it('adds a suggestion on mouse down', () => {
    type('te');
    listbox.querySelector('[role="option"]')?.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true }));
    expect(chipNames()).toEqual(['中参馆', 'tech']);
  });

  it('removes the last chip with Backspace on an empty input, and any chip with its button', () => {
    editor.setValues(['a', 'b', 'c']);
    key('Backspace');
    expect(chipNames()).toEqual(['a', 'b']);
    const remove = chips.querySelector<HTMLButtonElement>('[data-tag="a"] button');
    expect(remove?.getAttribute('aria-label')).toBe('Remove a');
    remove?.click();
    expect(chipNames()).toEqual(['b']);
    type('x');
    key('Backspace');
    expect(chipNames()).toEqual(['b']);
  });

  it('splits on commas as you type', () => {
    type('one, two,thr');
    expect(chipNames()).toEqual(['中参馆', 'one', 'two']);
    expect(input.value).toBe('thr');
  });

  it('closes the list on Escape without losing the text', () => {
    type('t');
    key('Escape');
    expect(listbox.hidden).toBe(true);
    expect(input.value).toBe('t');
  });
});

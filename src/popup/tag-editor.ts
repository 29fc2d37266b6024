// A chip editor with a suggestions combobox (ARIA 1.2 combobox + listbox), used for tags and for categories.

export interface Suggestion {
  name: string;
  /** A short note shown next to the name (e.g. "site default", "used 3×"). */
  note?: string;
}

export interface TagEditorOptions {
  input: HTMLInputElement;
  listbox: HTMLElement;
  chips: HTMLElement;
  /** Accessible name of a chip's remove button. */
  removeLabel(name: string): string;
  onChange(values: string[]): void;
  /** Most suggestions shown at once. */
  limit?: number;
}

export interface TagEditor {
  values(): string[];
  setValues(values: string[]): void;
  setSuggestions(suggestions: Suggestion[]): void;
}

/** Suggestions matching the typed text, without those already chosen: prefix matches first, then other matches. */
export function filterSuggestions(all: Suggestion[], query: string, chosen: string[], limit: number): Suggestion[] {
  const q = query.trim().toLocaleLowerCase();
  const taken = new Set(chosen.map((c) => c.toLocaleLowerCase()));
  const seen = new Set<string>();
  const prefix: Suggestion[] = [];
  const other: Suggestion[] = [];
  for (const s of all) {
    const key = s.name.toLocaleLowerCase();
    if (taken.has(key) || seen.has(key)) continue;
    seen.add(key);
    if (q === '' || key.startsWith(q)) prefix.push(s);
    else if (key.includes(q)) other.push(s);
  }
  return [...prefix, ...other].slice(0, limit);
}

export function createTagEditor(opts: TagEditorOptions): TagEditor {
  const { input, listbox, chips } = opts;
  const limit = opts.limit ?? 8;
  const doc = input.ownerDocument;
  const idPrefix = `${listbox.id}-option`;
  let values: string[] = [];
  let suggestions: Suggestion[] = [];
  let shown: Suggestion[] = [];
  let active = -1;

  function renderChips(): void {
    chips.replaceChildren(
      ...values.map((name) => {
        const li = doc.createElement('li');
        li.className = 'chip';
        li.dataset.tag = name;
        const label = doc.createElement('span');
        label.className = 'chip-label';
        label.textContent = name;
        const remove = doc.createElement('button');
        remove.type = 'button';
        remove.className = 'chip-remove';
        remove.textContent = '×';
        remove.setAttribute('aria-label', opts.removeLabel(name));
        remove.addEventListener('click', () => {
          setValuesAndNotify(values.filter((v) => v !== name));
          input.focus();
        });
        li.append(label, remove);
        return li;
      }),
    );
  }

  function setActive(index: number): void {
    active = index;
    const options = Array.from(listbox.querySelectorAll<HTMLElement>('[role="option"]'));
    options.forEach((o, i) => o.setAttribute('aria-selected', String(i === active)));
    if (active >= 0 && options[active]) {
      input.setAttribute('aria-activedescendant', options[active].id);
      options[active].scrollIntoView?.({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function close(): void {
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    setActive(-1);
  }

  function open(): void {
    shown = filterSuggestions(suggestions, input.value, values, limit);
    listbox.replaceChildren(
      ...shown.map((s, i) => {
        const li = doc.createElement('li');
        li.id = `${idPrefix}-${i}`;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        li.dataset.value = s.name;
        const name = doc.createElement('span');
        name.textContent = s.name;
        li.append(name);
        if (s.note) {
          const note = doc.createElement('span');
          note.className = 'suggestion-note';
          note.textContent = s.note;
          li.append(note);
        }
        // mousedown, not click: it fires before the input's blur closes the list.
        li.addEventListener('mousedown', (event) => {
          event.preventDefault();
          add(s.name);
        });
        return li;
      }),
    );
    const hasOptions = shown.length > 0;
    listbox.hidden = !hasOptions;
    input.setAttribute('aria-expanded', String(hasOptions));
    setActive(-1);
  }

  function setValuesAndNotify(next: string[]): void {
    values = next;
    renderChips();
    opts.onChange([...values]);
    if (!listbox.hidden) open();
  }

  function add(raw: string): void {
    const name = raw.replace(/\s+/g, ' ').trim();
    input.value = '';
    if (name !== '' && !values.some((v) => v.toLocaleLowerCase() === name.toLocaleLowerCase())) {
      setValuesAndNotify([...values, name]);
    }
    open();
  }

  input.addEventListener('input', () => {
    // A typed comma ends a tag, as in most tag inputs (tags with commas can still be added from suggestions).
    if (input.value.includes(',')) {
      const parts = input.value.split(',');
      const rest = parts.pop() ?? '';
      for (const p of parts) add(p);
      input.value = rest;
    }
    open();
  });
  input.addEventListener('focus', () => open());
  input.addEventListener('blur', () => close());
  input.addEventListener('keydown', (event) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (listbox.hidden) open();
        if (shown.length > 0) setActive((active + 1) % shown.length);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (listbox.hidden) open();
        if (shown.length > 0) setActive(active <= 0 ? shown.length - 1 : active - 1);
        break;
      case 'Enter':
        // Enter adds the highlighted suggestion or the typed text; it never submits the form.
        event.preventDefault();
        if (active >= 0 && shown[active]) add(shown[active].name);
        else if (input.value.trim() !== '') add(input.value);
        else input.value = '';
        break;
      case 'Escape':
        if (!listbox.hidden) {
          // Close the list only; a second Escape reaches the browser and closes the popup.
          event.preventDefault();
          event.stopPropagation();
          close();
        }
        break;
      case 'Backspace':
        if (input.value === '' && values.length > 0) {
          event.preventDefault();
          setValuesAndNotify(values.slice(0, -1));
        }
        break;
      default:
    }
  });

  return {
    values: () => [...values],
    setValues(next) {
      values = [...next];
      renderChips();
    },
    setSuggestions(next) {
      suggestions = next;
      if (!listbox.hidden) open();
    },
  };
}

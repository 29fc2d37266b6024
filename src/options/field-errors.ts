// Shows and clears a field's validation message: the `#<id>-error` element plus aria-invalid on the control.

/** A problem with one form control, identified by the control's id. */
export interface FieldError {
  field: string;
  message: string;
}

/** Clears every error message inside `root` and the aria-invalid marks. */
export function clearFieldErrors(root: ParentNode): void {
  for (const el of Array.from(root.querySelectorAll<HTMLElement>('.error[id$="-error"]'))) {
    el.textContent = '';
    el.hidden = true;
  }
  for (const el of Array.from(root.querySelectorAll('[aria-invalid="true"]'))) el.removeAttribute('aria-invalid');
}

/** Shows each error next to its control and focuses the first invalid control so keyboard users land on it. */
export function showFieldErrors(root: ParentNode, errors: readonly FieldError[]): void {
  clearFieldErrors(root);
  let first: HTMLElement | undefined;
  for (const { field, message } of errors) {
    const control = root.querySelector<HTMLElement>(`#${field}`);
    const slot = root.querySelector<HTMLElement>(`#${field}-error`);
    if (control) {
      control.setAttribute('aria-invalid', 'true');
      first ??= control;
    }
    if (slot) {
      slot.textContent = message;
      slot.hidden = false;
    }
  }
  first?.focus();
}

// Body normalisation: nothing at the start of the body can change what the header means.
import { describe, expect, it } from 'vitest';
import { normalizeBody } from '../../../src/core/archive/body';

describe('normalizeBody', () => {
  it('trims leading blank lines and trailing white space, and uses \\n line ends', () => {
    expect(normalizeBody('\n  \n\t\nfirst\r\nsecond\rthird  \n\n')).toBe('first\nsecond\nthird');
  });

  it('keeps the indentation of the first line', () => {
    expect(normalizeBody('\n    code block')).toBe('    code block');
  });

  it('turns a leading --- into a thematic break that no reader takes for a fence or an underline', () => {
    expect(normalizeBody('---\ntext')).toBe('* * *\ntext');
    expect(normalizeBody('\n\n  -----  \ntext')).toBe('* * *\ntext');
  });

  it('escapes a leading === or -- line, which renders as the same text', () => {
    expect(normalizeBody('===\ntext')).toBe('\\===\ntext');
    expect(normalizeBody('--')).toBe('\\--');
  });

  it('leaves a --- line after the first alone, and is idempotent', () => {
    const body = 'intro\n---\nmore';
    expect(normalizeBody(body)).toBe(body);
    for (const sample of ['---\na', '\n===', ' \n\nx \n', '']) expect(normalizeBody(normalizeBody(sample))).toBe(normalizeBody(sample));
  });
});

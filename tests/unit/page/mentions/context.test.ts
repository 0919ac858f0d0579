import { describe, expect, test } from 'vitest';
import { contextAround, reportForm } from '@/page/mentions/context';
import { MAX_CONTEXT_LENGTH, MAX_FORM_LENGTH } from '@/core/report';

/** The context of the first `needle` in `text`, the whole text being one block. */
const around = (text: string, needle: string) => {
  const start = text.indexOf(needle);
  return contextAround(text, start, start + needle.length, 0, text.length);
};

describe('contextAround', () => {
  test('a short block is the whole context, whitespace collapsed', () => {
    expect(around('  Patients on\n\tRinvoq   improved.  ', 'Rinvoq')).toBe(
      'Patients on Rinvoq improved.',
    );
  });

  test('a long block is cut at word boundaries with an ellipsis at each cut', () => {
    const words = Array.from({ length: 80 }, (_, i) => `word${i}`);
    const text = [...words.slice(0, 40), 'Rinvoq', ...words.slice(40)].join(' ');
    const context = around(text, 'Rinvoq');
    expect(context.length).toBeLessThanOrEqual(MAX_CONTEXT_LENGTH);
    expect(context).toMatch(/^…word\d+ .* Rinvoq word40 .* word\d+…$/);
  });

  test('stays inside its block', () => {
    const text = 'Other block.\nOn Rinvoq now.\nNext block.';
    const start = text.indexOf('Rinvoq');
    expect(contextAround(text, start, start + 6, 13, 27)).toBe('On Rinvoq now.');
  });

  test('drops soft hyphens and zero-width characters', () => {
    expect(around('Up\u00adadaci\u200btinib works', 'Up\u00adadaci\u200btinib')).toBe(
      'Upadacitinib works',
    );
  });

  test('a mention near the end of a long block gets more text before it', () => {
    const text = `${'a '.repeat(100)}the end: Rinvoq.`;
    const context = around(text, 'Rinvoq');
    expect(context.endsWith('the end: Rinvoq.')).toBe(true);
    expect(context.length).toBeGreaterThan(140);
  });
});

describe('reportForm', () => {
  test('cleans and caps a surface form', () => {
    expect(reportForm(' Rinvoq\n LQ ')).toBe('Rinvoq LQ');
    expect(reportForm('x'.repeat(100))).toHaveLength(MAX_FORM_LENGTH);
  });
});

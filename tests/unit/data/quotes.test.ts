// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { dataset } from '@/data/index';
import { allQuotes, answerSentences, interview, quotedMask } from './support';

/**
 * Sentences of the answers that no note needs to quote, each reviewed by hand. Empty: every
 * sentence, rhetorical ones included, sits inside a quote. Add here only with a reason.
 */
const NON_SUBSTANTIVE: string[] = [];

describe('quotes', () => {
  test.each(allQuotes.map(({ id, q }) => [id, q]))(
    'note %s quotes the interview verbatim: %s',
    (_id, quote) => {
      expect(interview).toContain(quote);
    },
  );

  test.each(allQuotes.map(({ id, q }) => [id, q]))(
    'note %s quotes whole sentences or clauses: %s',
    (_id, quote) => {
      const at = interview.indexOf(quote);
      const before = interview.slice(0, at);
      const after = interview.slice(at + quote.length);
      expect(before).toMatch(/(^|\n|Dr Song: |[.?!;:,] )$/);
      expect(quote + after.slice(0, 1)).toMatch(/[.?!;:,]\s?$|[.?!;:,]$/);
    },
  );

  test.each(dataset.notes.map((n) => [n.id, n.paraphrase, n.quotes]))(
    'the paraphrase of %s is our own words, not a copied quote',
    (_id, paraphrase, quotes) => {
      for (const quote of quotes) expect(paraphrase).not.toContain(quote);
    },
  );
});

describe('coverage of the interview', () => {
  const sentences = answerSentences();
  const mask = quotedMask(allQuotes.map(({ q }) => q));
  const isCovered = ({ text, start }: { text: string; start: number }) =>
    [...text].every((ch, i) => !/[\p{L}\p{N}]/u.test(ch) || mask[start + i]);

  test('the answers split into a plausible number of sentences', () => {
    expect(sentences.length).toBeGreaterThan(100);
    for (const s of sentences)
      expect(interview.slice(s.start, s.start + s.text.length)).toBe(s.text);
  });

  test('every sentence of Dr Song’s answers is covered by at least one quote', () => {
    const missing = sentences
      .filter((s) => !NON_SUBSTANTIVE.includes(s.text))
      .filter((s) => !isCovered(s))
      .map((s) => s.text);
    expect(missing).toEqual([]);
  });

  test('the reviewed non-substantive list is short and names real answer sentences', () => {
    expect(NON_SUBSTANTIVE.length).toBeLessThanOrEqual(5);
    const texts = sentences.map((s) => s.text);
    for (const sentence of NON_SUBSTANTIVE) expect(texts).toContain(sentence);
  });

  test('no quote comes from the interviewer’s questions or the introduction', () => {
    const answerMask = new Array<boolean>(interview.length).fill(false);
    for (const s of sentences) answerMask.fill(true, s.start, s.start + s.text.length);
    for (const { id, q } of allQuotes) {
      const at = interview.indexOf(q);
      expect(answerMask[at], id).toBe(true);
      expect(answerMask[at + q.length - 1], id).toBe(true);
    }
  });
});

describe('transcription slips', () => {
  /** Phrase in the transcript → a word the editor's note must use to explain it. */
  test.each([
    ['immune access', 'immune axis'],
    ['small molecule protein', 'small molecule'],
    ['may not be inhibited by a biologic like a JAK inhibitor would', 'garbled'],
    ['numerical rating scale score of 1', '0 or 1'],
    ['box warning', 'boxed warning'],
    ['JADE DARE', 'JADE REGIMEN'],
    ['ranked or ranged', 'rated'],
    ['approved in Japan', 'EU'],
    ['rufinamide', 'leflunomide'],
    ['every other day', 'spacing the injections out'],
    ['scaled everything else', 'failed'],
  ])('every note quoting "%s" carries an editor’s note mentioning "%s"', (slip, fix) => {
    const quoting = dataset.notes.filter((n) => n.quotes.some((q) => q.includes(slip)));
    expect(quoting.length).toBeGreaterThan(0);
    for (const n of quoting) expect(n.editorNote ?? '', n.id).toContain(fix);
  });

  test('the co-therapy note transcribed with "rufinamide" is also shown for leflunomide', () => {
    const n = dataset.notes.find((x) => x.quotes.some((q) => q.includes('rufinamide')));
    expect(n?.about.flatMap((s) => s.drugs)).toContain('leflunomide');
  });

  test('both "small molecule protein" slips are quoted', () => {
    expect(interview.match(/small molecule protein/g)).toHaveLength(2);
    const quoting = allQuotes.filter(({ q }) => q.includes('small molecule protein'));
    expect(new Set(quoting.map(({ q }) => q)).size).toBe(2);
  });
});

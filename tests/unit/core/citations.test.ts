import { describe, expect, test } from 'vitest';
import { dataset } from '@/data/index';
import type { Source } from '@/data/schema';
import { formatReference, quoteWithCitation, sourceBibtex, sourceRis } from '@/core/citations';

const byId = <T extends { id: string }>(list: readonly T[], id: string): T => {
  const found = list.find((x) => x.id === id);
  if (!found) throw new Error(`no ${id} in the dataset`);
  return found;
};

// A real note and its source, as the dataset has them: the quote "JAK inhibitors are
// legitimate, bona fide, first-line systemic agents for AD." at "Q6: place in treatment",
// from Dr Eingun James Song, "JAK Inhibitors in Atopic Dermatitis Treatment", The Dermatologist,
// 2025; the dataset is as of 2026-12-01.
const note = byId(dataset.notes, 'jak-first-line-systemic');
const interview = byId(dataset.sources, note.sourceId);
const asOf = dataset.asOf;

describe('quote with citation', () => {
  test('the dataset fields the expected strings below were written from', () => {
    expect(note.quotes).toEqual([
      'JAK inhibitors are legitimate, bona fide, first-line systemic agents for AD.',
    ]);
    expect(note.locator).toBe('Q6: place in treatment');
    expect(interview).toMatchObject({
      author: 'Dr Eingun James Song',
      title: 'JAK Inhibitors in Atopic Dermatitis Treatment',
      publication: 'The Dermatologist',
      year: 2025,
    });
    expect(interview.url).toBeUndefined();
    expect(interview.date).toBeUndefined();
    expect(asOf).toBe('2026-12-01');
  });

  test('AMA: surname and initials, italic journal in Markdown, accessed on the as-of date', () => {
    expect(quoteWithCitation(note, interview, asOf, 'ama', 'text')).toBe(
      '“JAK inhibitors are legitimate, bona fide, first-line systemic agents for AD.” (Q6: place in treatment)\n' +
        'Song EJ. JAK Inhibitors in Atopic Dermatitis Treatment. The Dermatologist. 2025. Accessed December 1, 2026.',
    );
    expect(quoteWithCitation(note, interview, asOf, 'ama', 'markdown')).toBe(
      '> “JAK inhibitors are legitimate, bona fide, first-line systemic agents for AD.” (Q6: place in treatment)\n' +
        '\n' +
        'Song EJ. JAK Inhibitors in Atopic Dermatitis Treatment. *The Dermatologist*. 2025. Accessed December 1, 2026.',
    );
  });

  test('Vancouver: [Internet] and the cited date in NLM order, brackets escaped in Markdown', () => {
    expect(quoteWithCitation(note, interview, asOf, 'vancouver', 'text')).toBe(
      '“JAK inhibitors are legitimate, bona fide, first-line systemic agents for AD.” (Q6: place in treatment)\n' +
        'Song EJ. JAK Inhibitors in Atopic Dermatitis Treatment. The Dermatologist [Internet]. 2025 [cited 2026 Dec 1].',
    );
    expect(quoteWithCitation(note, interview, asOf, 'vancouver', 'markdown')).toBe(
      '> “JAK inhibitors are legitimate, bona fide, first-line systemic agents for AD.” (Q6: place in treatment)\n' +
        '\n' +
        'Song EJ. JAK Inhibitors in Atopic Dermatitis Treatment. The Dermatologist \\[Internet\\]. 2025 \\[cited 2026 Dec 1\\].',
    );
  });

  test('joins several quotes and cites an unknown source by its id', () => {
    const two = { ...note, quotes: ['One.', 'Two.'], sourceId: 'gone' };
    expect(quoteWithCitation(two, undefined, asOf, 'ama', 'text')).toBe(
      '“One.” … “Two.” (Q6: place in treatment)\ngone',
    );
  });

  test('a quote with markup characters stays text in Markdown', () => {
    const hostile = { ...note, quotes: ['<img src=x> **bold** [link](javascript:x)\n# head'] };
    const md = quoteWithCitation(hostile, interview, asOf, 'ama', 'markdown');
    expect(md.split('\n\n')[0]).toBe(
      '> “\\<img src=x\\> \\*\\*bold\\*\\* \\[link\\](javascript:x) # head” (Q6: place in treatment)',
    );
  });
});

describe('references of other sources', () => {
  const guideline = byId(dataset.sources, 'aad-2023-guideline');
  const fda = byId(dataset.sources, 'fda-2021-jak-boxed-warning');

  test('a journal article with a DOI: "et al." kept, AMA cites the DOI, Vancouver the address', () => {
    expect(guideline).toMatchObject({
      author: 'Davis DMR et al.',
      year: 2024,
      url: 'https://doi.org/10.1016/j.jaad.2023.08.102',
    });
    expect(formatReference(guideline, asOf, 'ama')).toBe(
      `Davis DMR, et al. ${guideline.title}. Journal of the American Academy of Dermatology. 2024. doi:10.1016/j.jaad.2023.08.102`,
    );
    expect(formatReference(guideline, asOf, 'vancouver')).toBe(
      `Davis DMR, et al. ${guideline.title}. Journal of the American Academy of Dermatology [Internet]. 2024 [cited 2026 Dec 1]. Available from: https://doi.org/10.1016/j.jaad.2023.08.102`,
    );
    expect(formatReference(guideline, asOf, 'vancouver', 'markdown')).toContain(
      'Available from: <https://doi.org/10.1016/j.jaad.2023.08.102>',
    );
  });

  test('an agency is the author as it is named', () => {
    expect(formatReference(fda, asOf, 'ama')).toBe(
      `US Food and Drug Administration. ${fda.title}. FDA Drug Safety Communication (1 September 2021). 2021. Accessed December 1, 2026.`,
    );
  });

  test('a precise publication date is written out in each style', () => {
    const dated: Source = { ...fda, date: '2021-09-01', url: 'https://www.fda.gov/x' };
    expect(formatReference(dated, asOf, 'ama')).toContain(
      'Published September 1, 2021. Accessed December 1, 2026. https://www.fda.gov/x',
    );
    expect(formatReference(dated, asOf, 'vancouver')).toContain(
      '[Internet]. 2021 Sep 1 [cited 2026 Dec 1]. Available from: https://www.fda.gov/x',
    );
  });
});

describe('RIS and BibTeX', () => {
  test('RIS: one record, tags in order, CRLF line ends, ending in ER', () => {
    const ris = sourceRis(interview, asOf);
    expect(ris.split('\r\n')).toEqual([
      'TY  - MGZN',
      'AU  - Song, Eingun James',
      'TI  - JAK Inhibitors in Atopic Dermatitis Treatment',
      'T2  - The Dermatologist',
      'PB  - HMP Global',
      'PY  - 2025',
      'Y2  - 2026/12/01/',
      'N1  - © 2025 HMP Global. All Rights Reserved.',
      'ER  - ',
      '',
    ]);
  });

  test('RIS of a journal article: JO, DOI and address', () => {
    const ris = sourceRis(byId(dataset.sources, 'aad-2023-guideline'), asOf);
    expect(ris).toMatch(/^TY {2}- JOUR\r\nAU {2}- Davis, DMR\r\n/);
    expect(ris).toContain('\r\nJO  - Journal of the American Academy of Dermatology\r\n');
    expect(ris).toContain('\r\nDO  - 10.1016/j.jaad.2023.08.102\r\n');
    expect(ris).toContain('\r\nUR  - https://doi.org/10.1016/j.jaad.2023.08.102\r\n');
    expect(ris).toContain('\r\nN1  - Further authors: et al.\r\n');
  });

  test('BibTeX: an @article keyed by the source id, fields braced, urldate the as-of date', () => {
    expect(sourceBibtex(interview, asOf)).toBe(
      [
        '@article{song-2025-interview,',
        '  author = {Song, Eingun James},',
        '  title = {{JAK Inhibitors in Atopic Dermatitis Treatment}},',
        '  journal = {The Dermatologist},',
        '  publisher = {HMP Global},',
        '  year = {2025},',
        '  urldate = {2026-12-01},',
        '  note = {© 2025 HMP Global. All Rights Reserved.}',
        '}',
        '',
      ].join('\n'),
    );
  });

  test('BibTeX: an agency is one braced name, special characters escaped, et al. as "and others"', () => {
    const fda = byId(dataset.sources, 'fda-2021-jak-boxed-warning');
    const bib = sourceBibtex({ ...fda, title: 'Risk & benefit: 5% {odd} #1_x' }, asOf);
    expect(bib).toMatch(/^@misc\{fda-2021-jak-boxed-warning,\n/);
    expect(bib).toContain('  author = {{US Food and Drug Administration}},');
    expect(bib).toContain('  title = {{Risk \\& benefit: 5\\% \\{odd\\} \\#1\\_x}},');
    expect(bib).toContain('  howpublished = {FDA Drug Safety Communication (1 September 2021)},');
    const guideline = sourceBibtex(byId(dataset.sources, 'aad-2023-guideline'), asOf);
    expect(guideline).toContain('  author = {Davis, DMR and others},');
    expect(guideline).toContain('  doi = {10.1016/j.jaad.2023.08.102},');
  });

  test('every source in the dataset gives a well-formed record and entry', () => {
    for (const source of dataset.sources) {
      const ris = sourceRis(source, asOf);
      expect(ris.startsWith('TY  - ')).toBe(true);
      expect(ris.endsWith('ER  - \r\n')).toBe(true);
      for (const line of ris.split('\r\n').slice(0, -1))
        expect(line).toMatch(/^[A-Z][A-Z0-9] {2}-( |$)/);
      const bib = sourceBibtex(source, asOf);
      let depth = 0;
      for (const c of bib.replace(/\\[{}]/g, '')) {
        if (c === '{') depth++;
        if (c === '}') depth--;
        expect(depth).toBeGreaterThanOrEqual(0);
      }
      expect(depth).toBe(0);
    }
  });
});

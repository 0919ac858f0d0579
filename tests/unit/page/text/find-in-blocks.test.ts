import { describe, expect, test } from 'vitest';
import { collectText } from '@/page/text/collect';
import { findMentionsInText } from '@/page/text/find-in-blocks';
import { piecesOf, segmentAt, spansSeparator } from '@/page/text/offset-map';

function collected(html: string) {
  return collectText(new DOMParser().parseFromString(html, 'text/html').body);
}

const found = (html: string) => {
  const c = collected(html);
  return findMentionsInText(c).map((m) => [m.drugId, c.text.slice(m.start, m.end)]);
};

describe('findMentionsInText', () => {
  test.each([
    [
      'table cells',
      '<table><tr><td>Rinvoq</td><td>LQ</td></tr></table>',
      [['upadacitinib', 'Rinvoq']],
    ],
    ['paragraphs', '<p>ruxolitinib</p><p>cream</p>', [['ruxolitinib', 'ruxolitinib']]],
    ['list items', '<ul><li>ABT</li><li>494 patients</li></ul>', []],
  ])('never matches across %s', (_, html, expected) => {
    expect(found(html)).toEqual(expected);
  });

  test('still matches multi-word forms across a line break inside a paragraph', () => {
    expect(found('<p>Rinvoq\n  LQ oral solution</p>')).toEqual([['upadacitinib', 'Rinvoq\n  LQ']]);
  });

  test('keeps the other mentions of a block it had to match again', () => {
    expect(found('<div>Olumiant and Rinvoq<p>LQ and Cibinqo</p></div>')).toEqual([
      ['baricitinib', 'Olumiant'],
      ['upadacitinib', 'Rinvoq'],
      ['abrocitinib', 'Cibinqo'],
    ]);
  });

  test('drops an ambiguous name the page gives no drug context', () => {
    expect(found('<h1>Arava</h1><p>Desert hikes and date farms.</p>')).toEqual([]);
  });

  test('keeps an ambiguous name when another block of the page names one of our drugs', () => {
    expect(found('<h1>Arava</h1><ul><li>ABT</li><li>494</li></ul><p>see leflunomide</p>')).toEqual([
      ['leflunomide', 'Arava'],
      ['leflunomide', 'leflunomide'],
    ]);
  });

  test('judges the context over the whole page for a block it had to match again', () => {
    // "CAT\n354" crosses into the paragraph, so the div's own text is matched again alone.
    expect(found('<div>Arava CAT<p>354</p></div><p>Olumiant</p>')).toEqual([
      ['leflunomide', 'Arava'],
      ['baricitinib', 'Olumiant'],
    ]);
  });

  test('returns offsets into the collected text, across inline elements and soft hyphens', () => {
    const c = collected('<p>Use upa<b>da\u00ADcitinib</b>.</p>');
    const [m] = findMentionsInText(c);
    expect(m).toMatchObject({ drugId: 'upadacitinib', start: 4, end: 17 });
    expect(
      piecesOf(c.segments, m!.start, m!.end).map((p) => p.node.data.slice(p.start, p.end)),
    ).toEqual(['upa', 'da\u00ADcitinib']);
  });
});

describe('offset map', () => {
  const c = collected('<p>ab<b>cd</b></p><p>ef</p>');

  test.each([
    [0, 0],
    [2, 1],
    [3, 1],
    [4, -1],
    [5, 2],
  ])('puts offset %i in segment %i (-1: the block separator)', (offset, index) => {
    expect(segmentAt(c.segments, offset)).toBe(index);
  });

  test.each([
    [1, 4, false],
    [3, 6, true],
  ])('knows whether [%i, %i) spans a separator', (start, end, expected) => {
    expect(spansSeparator(c.segments, start, end)).toBe(expected);
  });
});

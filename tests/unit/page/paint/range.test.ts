import { afterEach, describe, expect, test, vi } from 'vitest';
import type { MentionRecord } from '@/page/mentions/mention-index';
import { liveRangeOf, rangeOf } from '@/page/paint/range';

afterEach(() => vi.unstubAllGlobals());

/** `<p>Take Rin<b>voq</b> daily</p>` and a record for "Rinvoq" across its two text nodes. */
function splitMention(): MentionRecord {
  const p = document.createElement('p');
  const before = document.createTextNode('Take Rin');
  const bold = document.createElement('b');
  const inside = document.createTextNode('voq');
  bold.append(inside);
  p.append(before, bold, ' daily');
  document.body.replaceChildren(p);
  return {
    drugId: 'upadacitinib',
    surface: 'Rinvoq',
    pieces: [
      { node: before, start: 5, end: 8 },
      { node: inside, start: 0, end: 3 },
    ],
  };
}

describe('liveRangeOf', () => {
  test('spans a mention from its first piece to its last, across inline elements', () => {
    expect(liveRangeOf(document, splitMention())?.toString()).toBe('Rinvoq');
  });

  test('gives null for a record without pieces', () => {
    expect(liveRangeOf(document, { drugId: 'x', surface: 'x', pieces: [] })).toBeNull();
  });

  test('gives null when the text shrank below the recorded offsets', () => {
    const record = splitMention();
    record.pieces[1]!.node.data = 'v';
    expect(liveRangeOf(document, record)).toBeNull();
  });
});

describe('rangeOf', () => {
  test("gives a StaticRange with the mention's bounds where the browser has one", () => {
    /** happy-dom has no StaticRange; this stands in with the constructor browsers have. */
    class FakeStaticRange {
      constructor(readonly init: StaticRangeInit) {}
    }
    vi.stubGlobal('StaticRange', FakeStaticRange);
    const record = splitMention();
    const range = rangeOf(document, record);
    expect(range).toBeInstanceOf(FakeStaticRange);
    expect((range as unknown as FakeStaticRange).init).toEqual({
      startContainer: record.pieces[0]!.node,
      startOffset: 5,
      endContainer: record.pieces[1]!.node,
      endOffset: 3,
    });
  });

  test('falls back to a live range where StaticRange is missing', () => {
    vi.stubGlobal('StaticRange', undefined);
    const range = rangeOf(document, splitMention());
    expect(range).toBeInstanceOf(Range);
    expect((range as Range).toString()).toBe('Rinvoq');
  });
});

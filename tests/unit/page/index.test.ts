import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createPageScanner, type PageScanner } from '@/page/index';
import type { PageReport } from '@/core/report';
import {
  counts,
  installHighlightApi,
  setBody,
  startScanner,
  textNodeWith,
  type FakeHighlight,
} from '../support/page';

let registry: Map<string, FakeHighlight>;
let running: PageScanner | undefined;

beforeEach(() => {
  registry = installHighlightApi();
  document.adoptedStyleSheets = [];
});

afterEach(() => {
  running?.stop();
  running = undefined;
  vi.unstubAllGlobals();
  vi.useRealTimers();
  setBody('');
});

async function scan(html: string, overrides?: Parameters<typeof startScanner>[0]) {
  setBody(html);
  const under = await startScanner(overrides);
  running = under.scanner;
  return under;
}

/** CSS text we gave our stylesheet last (happy-dom's parser drops `::highlight` rules). */
function lastSheetText(spy: { mock: { calls: unknown[][] } }): string {
  return String(spy.mock.calls.at(-1)?.[0] ?? '');
}

/** Our main highlight (the one name registered that does not end in -flash). */
function mainHighlight(): FakeHighlight | undefined {
  const name = [...registry.keys()].find((k) => k.startsWith('jaklens-') && !k.endsWith('-flash'));
  return name === undefined ? undefined : registry.get(name);
}

const paintedTexts = () => [...(mainHighlight() ?? [])].map((r) => (r as Range).toString());

describe('initial scan', () => {
  test('reports drugs in order of first mention, with counts', async () => {
    const { reports } = await scan(
      '<p>Olumiant and Rinvoq.</p><p>Upadacitinib (Rinvoq) versus baricitinib.</p>',
    );
    expect(reports).toHaveLength(1);
    expect(counts(reports[0]!)).toEqual([
      ['baricitinib', 2],
      ['upadacitinib', 3],
    ]);
    expect(reports[0]!.totalMentions).toBe(5);
    expect(reports[0]!.capped).toBe(false);
  });

  test('paints every mention in one highlight with a jaklens-* name, leaving the DOM alone', async () => {
    setBody('<p>Take Rinvoq or <b>Cibinqo</b> daily.</p>');
    const before = document.body.cloneNode(true);
    running = (await startScanner()).scanner;
    await new Promise((r) => setTimeout(r, 50));
    expect(document.body.isEqualNode(before)).toBe(true);
    expect([...registry.keys()]).toEqual([expect.stringMatching(/^jaklens-[a-z0-9]{6}$/)]);
    expect(paintedTexts()).toEqual(['Rinvoq', 'Cibinqo']);
  });

  test('finds a name split across inline elements once, as one range', async () => {
    const { reports } = await scan('<p>upa<b>daci</b><i>tinib</i> is a JAK inhibitor.</p>');
    expect(counts(reports[0]!)).toEqual([['upadacitinib', 1]]);
    expect(paintedTexts()).toEqual(['upadacitinib']);
  });

  test('finds names written with a soft hyphen', async () => {
    const { reports } = await scan('<p>Abro\u00ADcitinib was studied.</p>');
    expect(counts(reports[0]!)).toEqual([['abrocitinib', 1]]);
  });

  test('never lets a name run across table cells', async () => {
    await scan('<table><tr><td>Rinvoq</td><td>LQ</td></tr></table>');
    expect(paintedTexts()).toEqual(['Rinvoq']);
  });

  test.each([
    ['a textarea', '<textarea>Rinvoq</textarea>'],
    ['an input', '<input value="Rinvoq">'],
    ['a contenteditable region', '<div contenteditable="true"><p>Rinvoq</p></div>'],
    ['a hidden element', '<div hidden>Rinvoq</div>'],
    ['a script', '<script type="text/plain">Rinvoq</script>'],
    ['our own host', '<jak-lens-host><p>Rinvoq</p></jak-lens-host>'],
  ])('ignores names inside %s', async (_, html) => {
    const { reports } = await scan(`<p>Intro.</p>${html}`);
    expect(reports[0]!.totalMentions).toBe(0);
  });

  test('reports an empty page once and adds nothing to it', async () => {
    const { reports } = await scan('<p>Nothing to see: JAK1, IL-13, AbbVie.</p>');
    expect(reports).toEqual([{ drugs: [], totalMentions: 0, capped: false }]);
    expect(registry.size).toBe(0);
    expect(document.adoptedStyleSheets).toHaveLength(0);
  });

  test('adds its stylesheet next to the page sheets, and removes only its own on stop', async () => {
    const pageSheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [pageSheet];
    const replaceSync = vi.spyOn(CSSStyleSheet.prototype, 'replaceSync');
    const { scanner } = await scan('<p>Rinvoq</p>');
    expect(document.adoptedStyleSheets).toHaveLength(2);
    expect(document.adoptedStyleSheets[0]).toBe(pageSheet);
    const name = [...registry.keys()][0]!;
    expect(lastSheetText(replaceSync)).toContain(`::highlight(${name}) {`);
    scanner.stop();
    expect(document.adoptedStyleSheets).toEqual([pageSheet]);
    expect(registry.size).toBe(0);
  });

  test('caps the mentions kept and says so', async () => {
    const { reports } = await scan('<p>Rinvoq Rinvoq Olumiant Rinvoq Olumiant</p>', {
      maxHighlights: 3,
    });
    expect(counts(reports[0]!)).toEqual([
      ['upadacitinib', 2],
      ['baricitinib', 1],
    ]);
    expect(reports[0]!).toMatchObject({ totalMentions: 3, capped: true });
    expect(mainHighlight()?.size).toBe(3);
  });

  test('scans open shadow roots and paints there too', async () => {
    setBody('<p>Rinvoq</p><div id="host"></div>');
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.append(document.createTextNode('Dupixent'));
    const under = await startScanner();
    running = under.scanner;
    expect(counts(under.reports[0]!)).toEqual([
      ['upadacitinib', 1],
      ['dupilumab', 1],
    ]);
    expect(shadow.adoptedStyleSheets).toHaveLength(1);
  });
});

describe('page changes', () => {
  test('picks up added paragraphs', async () => {
    const { nextReport } = await scan('<p>Rinvoq</p>');
    const p = document.createElement('p');
    p.textContent = 'Then Dupixent.';
    document.body.append(p);
    expect(counts(await nextReport())).toEqual([
      ['upadacitinib', 1],
      ['dupilumab', 1],
    ]);
    expect(paintedTexts()).toEqual(['Rinvoq', 'Dupixent']);
  });

  test('keeps document order when a mention is inserted before others', async () => {
    const { nextReport } = await scan('<div id="list"><p>Rinvoq</p></div>');
    const p = document.createElement('p');
    p.textContent = 'Cibinqo';
    document.getElementById('list')!.prepend(p);
    expect(counts(await nextReport())).toEqual([
      ['abrocitinib', 1],
      ['upadacitinib', 1],
    ]);
  });

  test('follows edited text', async () => {
    const { nextReport } = await scan('<p>Take <span>Rinvoq</span> daily.</p>');
    textNodeWith('Rinvoq').data = 'Olumiant';
    expect(counts(await nextReport())).toEqual([['baricitinib', 1]]);
    expect(paintedTexts()).toEqual(['Olumiant']);
  });

  test('drops mentions whose nodes were removed', async () => {
    const { nextReport } = await scan('<p id="a">Rinvoq</p><p>Olumiant</p>');
    document.getElementById('a')!.remove();
    expect(counts(await nextReport())).toEqual([['baricitinib', 1]]);
    expect(paintedTexts()).toEqual(['Olumiant']);
  });

  test('finds a name that a removal joins together', async () => {
    const { nextReport } = await scan('<p>upa<span id="x">-x-</span>dacitinib and Olumiant</p>');
    document.getElementById('x')!.remove();
    expect(counts(await nextReport())).toEqual([
      ['upadacitinib', 1],
      ['baricitinib', 1],
    ]);
  });

  test('shows and hides mentions as the hidden attribute toggles', async () => {
    const { nextReport } = await scan('<p>Olumiant</p><div id="d" hidden>Rinvoq</div>');
    const div = document.getElementById('d')!;
    div.hidden = false;
    expect(counts(await nextReport())).toHaveLength(2);
    div.hidden = true;
    expect(counts(await nextReport())).toEqual([['baricitinib', 1]]);
  });

  test('rescans when a batch adds more than a thousand nodes', async () => {
    const { nextReport } = await scan('<p>Olumiant</p>');
    for (let i = 0; i < 1200; i++) {
      const li = document.createElement('li');
      li.textContent = i % 100 === 0 ? 'Rinvoq' : `item ${i}`;
      document.body.append(li);
    }
    expect(counts(await nextReport())).toEqual([
      ['baricitinib', 1],
      ['upadacitinib', 12],
    ]);
  });

  test('follows changes inside open shadow roots', async () => {
    setBody('<div id="host"></div>');
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.append(document.createTextNode('Dupixent'));
    const under = await startScanner();
    running = under.scanner;
    const p = document.createElement('p');
    p.textContent = 'Adbry';
    shadow.append(p);
    expect(counts(await under.nextReport())).toEqual([
      ['dupilumab', 1],
      ['tralokinumab', 1],
    ]);
  });

  test('picks up an added element that hosts an open shadow root', async () => {
    const { nextReport } = await scan('<p>Rinvoq</p>');
    const widget = document.createElement('div');
    widget.attachShadow({ mode: 'open' }).textContent = 'Widget: Dupixent';
    document.body.append(widget);
    expect(counts(await nextReport())).toEqual([
      ['upadacitinib', 1],
      ['dupilumab', 1],
    ]);
  });

  test('ignores changes to its own host', async () => {
    const { reports } = await scan('<p>Rinvoq</p>');
    const host = document.createElement('jak-lens-host');
    host.textContent = 'Olumiant';
    document.body.append(host);
    await new Promise((r) => setTimeout(r, 150));
    expect(reports).toHaveLength(1);
  });

  test.each([
    ['a later mutation flush', () => document.head.append(document.createElement('meta'))],
    ['popstate', () => window.dispatchEvent(new PopStateEvent('popstate'))],
  ])('rescans the whole page after history.pushState, noticed through %s', async (_, signal) => {
    await scan('<main><p>Rinvoq</p></main>');
    const walker = vi.spyOn(document, 'createTreeWalker');
    history.pushState({}, '', '/next-article');
    signal();
    // The initial scan walks the blocks that may hold a name (here <main>), not <body> itself.
    await vi.waitFor(() => expect(walker).toHaveBeenCalledWith(document.querySelector('main'), 4));
    history.pushState({}, '', '/');
  });

  test('stops reporting and painting once stopped', async () => {
    const { scanner, reports } = await scan('<p>Rinvoq</p>');
    scanner.stop();
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'Olumiant' }));
    await new Promise((r) => setTimeout(r, 150));
    expect(reports).toHaveLength(1);
    expect(registry.size).toBe(0);
  });
});

describe('hit-testing', () => {
  test.each([
    ['the first letter', 'Rinvoq', 0, { drugId: 'upadacitinib', index: 0 }],
    ['the caret after the last letter', 'Rinvoq', 6, { drugId: 'upadacitinib', index: 0 }],
    ['the second mention of a drug', 'Upadacitinib later', 8, { drugId: 'upadacitinib', index: 1 }],
    ['text between mentions', 'Take ', 2, null],
    ['the space after a name', ' then ', 2, null],
  ])('answers for %s', async (_, needle, offset, expected) => {
    await scan('<p>Take <b>Rinvoq</b> then Upadacitinib later.</p>');
    expect(running!.mentionFromNode(textNodeWith(needle), offset)).toEqual(expected);
  });

  test('answers on every piece of a split name', async () => {
    await scan('<p>Olumiant, upa<b>dacitinib</b></p>');
    const hit = { drugId: 'upadacitinib', index: 0 };
    expect(running!.mentionFromNode(textNodeWith('upa'), 11)).toEqual(hit);
    expect(running!.mentionFromNode(textNodeWith('dacitinib'), 4)).toEqual(hit);
  });

  test('maps an element caret to the text child it points at', async () => {
    await scan('<p><b>Rinvoq</b></p>');
    expect(running!.mentionFromNode(document.querySelector('b')!, 0)).toEqual({
      drugId: 'upadacitinib',
      index: 0,
    });
  });

  test('maps a pointer position through caretPositionFromPoint', async () => {
    await scan('<p>Take <b>Rinvoq</b></p>');
    const node = textNodeWith('Rinvoq');
    const caretPositionFromPoint = vi.fn(() => ({ offsetNode: node, offset: 2 }));
    Object.assign(document, { caretPositionFromPoint });
    expect(running!.mentionAt(10, 20)).toEqual({ drugId: 'upadacitinib', index: 0 });
    expect(caretPositionFromPoint).toHaveBeenCalledWith(10, 20);
    delete (document as { caretPositionFromPoint?: unknown }).caretPositionFromPoint;
  });
});

describe('settings at runtime', () => {
  test('filters drugs without collecting text again', async () => {
    const { scanner, nextReport } = await scan('<p>Rinvoq, Olumiant, Rinvoq</p>');
    const walker = vi.spyOn(document, 'createTreeWalker');
    const report = nextReport();
    scanner.setDrugFilter((id) => id !== 'upadacitinib');
    expect(counts(await report)).toEqual([['baricitinib', 1]]);
    expect(paintedTexts()).toEqual(['Olumiant']);
    expect(walker).not.toHaveBeenCalled();
    expect(scanner.mentionFromNode(textNodeWith('Rinvoq'), 1)).toBeNull();
  });

  test('applies a filter set before the first scan finished, without an early empty report', async () => {
    setBody('<p>Rinvoq, Olumiant</p>');
    const reports: unknown[] = [];
    const scanner = createPageScanner({
      document,
      isOwnElement: () => false,
      isDrugEnabled: () => true,
      highlightStyle: 'background',
      onReport: (r) => reports.push(r),
    });
    running = scanner;
    scanner.start();
    scanner.setDrugFilter((id) => id === 'baricitinib');
    await vi.waitFor(() => expect(reports).toHaveLength(1));
    expect(counts(reports[0] as PageReport)).toEqual([['baricitinib', 1]]);
  });

  test.each([
    ['underline', 'text-decoration'],
    ['background', 'background-color'],
  ] as const)('styles highlights as %s', async (style, property) => {
    const replaceSync = vi.spyOn(CSSStyleSheet.prototype, 'replaceSync');
    const { scanner } = await scan('<p>Rinvoq</p>', { highlightStyle: 'none' });
    expect(mainHighlight()).toBeUndefined();
    expect(lastSheetText(replaceSync)).not.toMatch(/jaklens-\w+\) \{ (background|text)/);
    scanner.setHighlightStyle(style);
    expect(mainHighlight()?.size).toBe(1);
    expect(lastSheetText(replaceSync)).toMatch(new RegExp(`jaklens-\\w+\\) \\{ ${property}`));
    scanner.setHighlightStyle('none');
    expect(mainHighlight()).toBeUndefined();
  });

  test('re-registers highlights and stylesheet the page removed', async () => {
    const { scanner } = await scan('<p>Rinvoq</p>');
    const highlight = mainHighlight();
    registry.clear();
    document.adoptedStyleSheets = [];
    scanner.ensureRegistered();
    expect(mainHighlight()).toBe(highlight);
    expect(document.adoptedStyleSheets).toHaveLength(1);
  });
});

describe('scrollToMention', () => {
  test('scrolls to the n-th mention and flashes it for a second', async () => {
    const { scanner } = await scan('<p>Rinvoq</p><p id="second">Upadacitinib</p>');
    const scrolled: Element[] = [];
    vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(function (this: Element) {
      scrolled.push(this);
    });
    vi.useFakeTimers();
    expect(scanner.scrollToMention('upadacitinib', 1)).toBe(true);
    expect(scrolled).toEqual([document.getElementById('second')]);
    const flashName = [...registry.keys()].find((k) => k.endsWith('-flash'))!;
    expect([...registry.get(flashName)!].map((r) => (r as Range).toString())).toEqual([
      'Upadacitinib',
    ]);
    vi.advanceTimersByTime(1000);
    expect(registry.has(flashName)).toBe(false);
  });

  test('says false for a mention that does not exist', async () => {
    const { scanner } = await scan('<p>Rinvoq</p>');
    expect(scanner.scrollToMention('upadacitinib', 1)).toBe(false);
    expect(scanner.scrollToMention('dupilumab', 0)).toBe(false);
  });
});

/**
 * The reader's engine over a stand-in PDF.js (no canvas here): what the Chromium e2e checks in a
 * real browser, checked in happy-dom for every browser, Firefox included, whose driver cannot
 * open the moz-extension reader page (tests/e2e/reader.test.ts). PDF.js's viewer is faked at
 * its event bus: a page's text layer "renders" when the test says so, with spans holding the
 * page's text items, as PDF.js's TextLayer makes them.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
  ReaderController,
  describeOpenError,
  type ReaderState,
} from '@/entrypoints/reader/controller';
import type { PdfJs } from '@/entrypoints/reader/pdfjs-runtime';

type Handler = (payload: never) => void;

class FakeEventBus {
  private readonly handlers = new Map<string, Handler[]>();
  on(name: string, handler: Handler) {
    this.handlers.set(name, [...(this.handlers.get(name) ?? []), handler]);
  }
  dispatch(name: string, payload: unknown) {
    for (const h of this.handlers.get(name) ?? []) h(payload as never);
  }
}

let bus: FakeEventBus;
/** The pages the viewer was asked to scroll to, in order. */
let scrolledTo: number[];

class FakeViewer {
  currentPageNumber = 1;
  currentScaleValue = 'auto';
  setDocument() {}
  scrollPageIntoView({ pageNumber }: { pageNumber: number }) {
    scrolledTo.push(pageNumber);
  }
  increaseScale() {}
  decreaseScale() {}
  update() {}
}

/** A text item as PDF.js gives it: one line each. */
const line = (str: string, y: number) => ({
  str,
  hasEOL: true,
  transform: [1, 0, 0, 1, 72, y],
  height: 12,
});

const PAGES = [
  ['Preferred Drug List', 'Dupixent (dupilumab) injection', 'Rinvoq (upadacitinib) tablets'],
  ['Page two', 'Cibinqo (abrocitinib) tablets', 'Rinvoq LQ oral solution'],
];

interface FakeTask {
  promise: Promise<unknown>;
  onPassword?: (update: (password: string) => void, reason: number) => void;
  destroy: () => Promise<void>;
}

function fakePdfJs(open: (task: FakeTask) => Promise<unknown>): PdfJs {
  const lib = {
    getDocument: () => {
      const task = { destroy: async () => {} } as FakeTask;
      task.promise = Promise.resolve().then(() => open(task));
      return task;
    },
    PasswordResponses: { NEED_PASSWORD: 1, INCORRECT_PASSWORD: 2 },
  };
  const viewerLib = {
    EventBus: class {
      constructor() {
        bus = new FakeEventBus();
        return bus;
      }
    },
    PDFLinkService: class {
      setViewer() {}
      setDocument() {}
    },
    PDFFindController: class {},
    PDFViewer: FakeViewer,
    FindState: { FOUND: 0, NOT_FOUND: 1 },
  };
  return { lib, viewer: viewerLib } as unknown as PdfJs;
}

const pdf = (pages: string[][]) => ({
  numPages: pages.length,
  getPage: async (n: number) => ({
    getTextContent: async () => ({
      items: (pages[n - 1] ?? []).map((str, i) => line(str, 700 - 20 * i)),
    }),
    cleanup() {},
  }),
});

/** PDF.js drew page `n`'s text layer: one span per text item, each holding its text. */
function renderTextLayer(n: number): HTMLSpanElement[] {
  const spans = (PAGES[n - 1] ?? []).map((str) => {
    const span = document.createElement('span');
    span.textContent = str;
    document.body.append(span);
    return span;
  });
  bus.dispatch('textlayerrendered', {
    pageNumber: n,
    source: { textLayer: { highlighter: { textDivs: spans } } },
  });
  return spans;
}

class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}
const registry = new Map<string, FakeHighlight>();

/** The text of every range in our main highlight. */
function painted(): string[] {
  const [, main] = [...registry].find(([name]) => !name.endsWith('-flash')) ?? [];
  return [...(main ?? [])].map((r) =>
    (r.startContainer as Text).data.slice(r.startOffset, r.endOffset),
  );
}

let states: ReaderState[];
let reader: ReaderController;

async function openFormulary(): Promise<void> {
  reader = new ReaderController(
    fakePdfJs(async () => pdf(PAGES)),
    document.createElement('div'),
    document.createElement('div'),
    (s) => states.push(s),
  );
  await reader.openUrl('https://plan.example/formulary.pdf', 'formulary.pdf');
  await vi.waitFor(() => expect(reader.current.scan.running).toBe(false));
}

beforeEach(() => {
  states = [];
  scrolledTo = [];
  registry.clear();
  vi.stubGlobal('CSS', { highlights: registry });
  vi.stubGlobal('Highlight', FakeHighlight);
  Element.prototype.scrollIntoView ??= () => {};
});
afterEach(() => {
  reader?.close();
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

describe('the reader on a two-page formulary', () => {
  test('lists the drugs in document order with counts and the pages they are on', async () => {
    await openFormulary();
    expect(reader.current).toMatchObject({ phase: 'ready', pageCount: 2, mentionCount: 7 });
    expect(reader.current.drugs).toEqual([
      { drugId: 'dupilumab', count: 2, pages: [1] },
      { drugId: 'upadacitinib', count: 3, pages: [1, 2] },
      { drugId: 'abrocitinib', count: 2, pages: [2] },
    ]);
    expect(states.some((s) => s.scan.running && s.scan.done === 1)).toBe(true);
  });

  test('paints the mentions of a page once its text layer renders', async () => {
    await openFormulary();
    expect(painted()).toEqual([]);
    renderTextLayer(1);
    expect(painted()).toEqual(['Dupixent', 'dupilumab', 'Rinvoq', 'upadacitinib']);
  });

  test('the highlight groups setting takes a drug out of the list and off the page', async () => {
    await openFormulary();
    renderTextLayer(1);
    reader.setDrugFilter((id) => id !== 'dupilumab');
    expect(reader.current.drugs.map((d) => d.drugId)).toEqual(['upadacitinib', 'abrocitinib']);
    expect(reader.current.mentionCount).toBe(5);
    expect(painted()).toEqual(['Rinvoq', 'upadacitinib']);
    reader.setDrugFilter(() => true);
    expect(painted()).toHaveLength(4);
  });

  test('the highlight style "none" paints nothing, and switching back paints again', async () => {
    await openFormulary();
    renderTextLayer(1);
    reader.setHighlightStyle('none');
    expect(painted()).toEqual([]);
    reader.setHighlightStyle('underline');
    expect(painted()).toHaveLength(4);
  });

  test('next mention of a drug goes to a page not drawn yet, then flashes it there', async () => {
    await openFormulary();
    renderTextLayer(1);
    reader.stepMention(1, 'abrocitinib');
    expect(scrolledTo).toEqual([2]);
    const scroll = vi.spyOn(Element.prototype, 'scrollIntoView');
    const spans = renderTextLayer(2);
    expect(scroll.mock.contexts[0]).toBe(spans[1]);
    const flash = registry.get([...registry.keys()].find((k) => k.endsWith('-flash')) ?? '');
    expect([...(flash ?? [])].map((r) => (r.startContainer as Text).data)).toEqual([
      'Cibinqo (abrocitinib) tablets',
    ]);
  });

  test('next and previous mention of any drug walk the document and wrap', async () => {
    await openFormulary();
    const spans = [...renderTextLayer(1), ...renderTextLayer(2)];
    const scroll = vi.spyOn(Element.prototype, 'scrollIntoView');
    for (let i = 0; i < 8; i++) reader.stepMention(1);
    const order = scroll.mock.contexts.map((el) => spans.indexOf(el as HTMLSpanElement));
    // Seven mentions on spans 1, 1, 2, 2 (page one), 4, 4, 5 (page two), then back to the first.
    expect(order).toEqual([1, 1, 2, 2, 4, 4, 5, 1]);
    scroll.mockClear();
    reader.stepMention(-1);
    expect(spans.indexOf(scroll.mock.contexts[0] as HTMLSpanElement)).toBe(5);
  });

  test("the sidebar's mention n of a drug scrolls to that mention", async () => {
    await openFormulary();
    renderTextLayer(1);
    reader.scrollToMention('upadacitinib', 2);
    expect(scrolledTo).toEqual([2]);
  });

  test('finds the mention under a text position, for hover cards', async () => {
    await openFormulary();
    const spans = renderTextLayer(1);
    const text = spans[2]?.firstChild as Text;
    expect(reader.mentionAt(text, 9)?.drugId).toBe('upadacitinib');
    expect(reader.mentionAt(text, 1)?.drugId).toBe('upadacitinib');
    expect(reader.mentionAt(text, 24)).toBeUndefined();
  });
});

describe('bad input', () => {
  test('a password-protected PDF asks, says when the password is wrong, then opens', async () => {
    const given: string[] = [];
    reader = new ReaderController(
      fakePdfJs(
        (task) =>
          new Promise((resolve) => {
            const ask = (reason: number) =>
              task.onPassword?.((password) => {
                given.push(password);
                if (password === 'right') resolve(pdf(PAGES));
                else ask(2);
              }, reason);
            ask(1);
          }),
      ),
      document.createElement('div'),
      document.createElement('div'),
      (s) => states.push(s),
    );
    const opened = reader.openUrl('https://plan.example/p.pdf', 'p.pdf');
    await vi.waitFor(() => expect(reader.current.phase).toBe('password'));
    expect(reader.current.passwordRetry).toBe(false);
    reader.submitPassword('wrong');
    expect(reader.current).toMatchObject({ phase: 'password', passwordRetry: true });
    reader.submitPassword('right');
    await opened;
    expect(reader.current.phase).toBe('ready');
    expect(given).toEqual(['wrong', 'right']);
  });

  test('a file that is not a PDF is an error with a message, not a crash', async () => {
    reader = new ReaderController(
      fakePdfJs(async () => {
        throw Object.assign(new Error('Invalid PDF structure.'), { name: 'InvalidPDFException' });
      }),
      document.createElement('div'),
      document.createElement('div'),
      (s) => states.push(s),
    );
    await reader.openUrl('https://plan.example/login.pdf', 'login.pdf');
    expect(reader.current.phase).toBe('error');
    expect(reader.current.error?.message).toMatch(/not a PDF, or the file is damaged/);
  });

  test.each([
    [{ name: 'ResponseException', status: 404 }, /does not exist \(404/, false],
    [{ name: 'ResponseException', status: 500 }, /HTTP 500/, false],
    [new TypeError('Failed to fetch'), /could not be fetched \(Failed to fetch\)/, true],
  ])('describes %o', (error, message, network) => {
    const described = describeOpenError(error);
    expect(described.message).toMatch(message);
    expect(described.refetchHint).toBe(true);
    expect(Boolean(described.network)).toBe(network);
  });
});

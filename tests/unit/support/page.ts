/**
 * Test doubles for the page adapter. happy-dom has no CSS Custom Highlight API, so tests install
 * a registry and a Highlight class on the global, exactly where the content script finds the
 * browser's (no test hook in production code).
 */
import { vi } from 'vitest';
import { createPageScanner, type PageScanner, type ScannerOptions } from '@/page/index';
import type { PageReport } from '@/core/report';

export class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
  type = 'highlight';
}

/** Installs `CSS.highlights` and `Highlight`; returns the registry. Undone by `vi.unstubAllGlobals`. */
export function installHighlightApi(): Map<string, FakeHighlight> {
  const registry = new Map<string, FakeHighlight>();
  vi.stubGlobal('Highlight', FakeHighlight);
  vi.stubGlobal('CSS', { ...globalThis.CSS, highlights: registry });
  return registry;
}

/** Replaces the test document's body with `html`, parsed by DOMParser (no scripts run). */
export function setBody(html: string): HTMLElement {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;
  document.body.replaceChildren(...[...parsed.childNodes].map((n) => document.importNode(n, true)));
  return document.body;
}

export interface ScannerUnderTest {
  scanner: PageScanner;
  reports: PageReport[];
  /** Resolves with the next report (waits for idle flushes and slices). */
  nextReport(): Promise<PageReport>;
}

/** A started scanner on the global document, with its first report already in. */
export async function startScanner(
  overrides: Partial<ScannerOptions> = {},
): Promise<ScannerUnderTest> {
  const reports: PageReport[] = [];
  let waiting: ((report: PageReport) => void) | undefined;
  const scanner = createPageScanner({
    document,
    isOwnElement: (el) => el.localName === 'jak-lens-host',
    isDrugEnabled: () => true,
    highlightStyle: 'background',
    onReport(report) {
      reports.push(report);
      waiting?.(report);
      waiting = undefined;
    },
    ...overrides,
  });
  const nextReport = () =>
    new Promise<PageReport>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no report within 2 s')), 2000);
      waiting = (report) => {
        clearTimeout(timer);
        resolve(report);
      };
    });
  const first = nextReport();
  scanner.start();
  await first;
  return { scanner, reports, nextReport };
}

/** The text node containing `needle` (first match in document order). */
export function textNodeWith(needle: string, root: Node = document.body): Text {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
    if ((n as Text).data.includes(needle)) return n as Text;
  }
  throw new Error(`no text node contains "${needle}"`);
}

/** `[drugId, count]` pairs of a report, in report order. */
export const counts = (report: PageReport) => report.drugs.map((d) => [d.drugId, d.count]);

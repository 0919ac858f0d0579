/** The report's names and context per drug, as the page adapter builds them. */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { PageScanner } from '@/page/index';
import { installHighlightApi, setBody, startScanner } from '../../support/page';

let running: PageScanner | undefined;

beforeEach(() => {
  installHighlightApi();
});

afterEach(() => {
  running?.stop();
  running = undefined;
  vi.unstubAllGlobals();
  setBody('');
});

test('lists each name once, as written, in order of first mention, at most ten', async () => {
  const names = [
    'Rinvoq',
    'upadacitinib',
    'RINVOQ',
    'ABT-494',
    'Upadacitinib',
    'ABT494',
    'UPADACITINIB',
    'rinvoq',
    'ABT 494',
    'Upadacitinib',
    'Rinvoq LQ',
    'abt-494',
  ];
  setBody(names.map((n) => `<p>Take ${n} daily.</p>`).join(''));
  const { scanner, reports } = await startScanner();
  running = scanner;
  const [upa] = reports.at(-1)!.drugs;
  expect(upa?.drugId).toBe('upadacitinib');
  expect(upa?.count).toBe(12);
  expect(upa?.forms).toEqual([...new Set(names)].slice(0, 10));
  expect(upa?.context).toBe('Take Rinvoq daily.');
});

test('the context is the first mention’s, and follows it when that mention goes', async () => {
  setBody('<p id="a">First: Rinvoq at 15 mg.</p><p id="b">Second: <b>upadacitinib</b> 30 mg.</p>');
  const { scanner, reports, nextReport } = await startScanner();
  running = scanner;
  expect(reports.at(-1)!.drugs[0]?.context).toBe('First: Rinvoq at 15 mg.');
  const next = nextReport();
  document.getElementById('a')!.remove();
  const report = await next;
  expect(report.drugs[0]).toMatchObject({ count: 1, forms: ['upadacitinib'] });
  expect(report.drugs[0]?.context).toContain('upadacitinib');
});

import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { PageScanner } from '@/page/index';
import { counts, removeHighlightApi, setBody, startScanner } from '../../support/page';

let running: PageScanner | undefined;

beforeEach(() => removeHighlightApi());
afterEach(() => {
  running?.stop();
  vi.unstubAllGlobals();
  setBody('');
});

async function scan(html: string) {
  setBody(html);
  const under = await startScanner();
  running = under.scanner;
  return under;
}

const marked = () => [...document.querySelectorAll('mark')].map((m) => m.textContent);

test('wraps mentions in <mark> where CSS.highlights is missing', async () => {
  const { reports } = await scan('<p>Take upa<b>dacitinib</b> or Olumiant, not JAK1.</p>');
  expect(counts(reports[0]!)).toEqual([
    ['upadacitinib', 1],
    ['baricitinib', 1],
  ]);
  expect(marked()).toEqual(['upa', 'dacitinib', 'Olumiant']);
});

test('does not react to its own marks, but still to page changes', async () => {
  const { reports, nextReport } = await scan('<p>Olumiant</p>');
  await new Promise((r) => setTimeout(r, 150));
  expect(reports).toHaveLength(1);
  document.body.append(Object.assign(document.createElement('p'), { textContent: 'Rinvoq' }));
  expect(counts(await nextReport())).toHaveLength(2);
  expect(marked()).toEqual(['Olumiant', 'Rinvoq']);
});

test('hit-tests the text inside its marks', async () => {
  await scan('<p>Olumiant and Olumiant</p>');
  const second = document.querySelectorAll('mark')[1]!.firstChild!;
  expect(running!.mentionFromNode(second, 2)).toEqual({ drugId: 'baricitinib', index: 1 });
});

test('unwraps for filtered drugs and style none, and restores the text on stop', async () => {
  const html = '<p>Take Rinvoq or Olumiant daily.</p>';
  const { scanner } = await scan(html);
  scanner.setDrugFilter((id) => id === 'baricitinib');
  expect(marked()).toEqual(['Olumiant']);
  scanner.setHighlightStyle('none');
  expect(marked()).toEqual([]);
  scanner.setHighlightStyle('underline');
  expect(marked()).toEqual(['Olumiant']);
  scanner.stop();
  expect(document.querySelectorAll('mark')).toHaveLength(0);
  expect(document.body.textContent).toBe('Take Rinvoq or Olumiant daily.');
});

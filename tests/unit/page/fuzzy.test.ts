import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { PageScanner } from '@/page/index';
import { counts, installHighlightApi, setBody, startScanner, textNodeWith } from '../support/page';

let registry: Map<string, Set<AbstractRange>>;
let running: PageScanner | undefined;

beforeEach(() => {
  registry = installHighlightApi();
  document.adoptedStyleSheets = [];
});

afterEach(() => {
  running?.stop();
  running = undefined;
  vi.unstubAllGlobals();
  setBody('');
});

async function scan(html: string, fuzzyMatching?: boolean) {
  setBody(html);
  const under = await startScanner(fuzzyMatching === undefined ? {} : { fuzzyMatching });
  running = under.scanner;
  return under;
}

const texts = (name: string | undefined) =>
  [...(name === undefined ? [] : (registry.get(name) ?? []))].map((r) => (r as Range).toString());
const fuzzyName = () => [...registry.keys()].find((k) => k.endsWith('-fuzzy'));
const mainName = () => [...registry.keys()].find((k) => /^jaklens-[a-z0-9]{6}$/.test(k));

describe('misspelt names on a page', () => {
  test('are found, counted with their drug and painted in their own dotted highlight', async () => {
    const { reports } = await scan('<p>Rinvoq, and before it Dupixant for a year.</p>');
    expect(counts(reports[0]!)).toEqual([
      ['upadacitinib', 1],
      ['dupilumab', 1],
    ]);
    expect(texts(mainName())).toEqual(['Rinvoq']);
    expect(fuzzyName()).toMatch(/^jaklens-[a-z0-9]{6}-fuzzy$/);
    expect(texts(fuzzyName())).toEqual(['Dupixant']);
  });

  test('hit-test with the form they are close to, for the card’s “Did you mean …?”', async () => {
    await scan('<p>Rinvoq, and before it Dupixant for a year.</p>');
    const node = textNodeWith('Dupixant');
    const at = node.data.indexOf('Dupixant') + 2;
    expect(running!.mentionFromNode(node, at)).toEqual({
      drugId: 'dupilumab',
      index: 0,
      fuzzy: 'Dupixent',
    });
    expect(running!.mentionFromNode(node, 2)).toEqual({ drugId: 'upadacitinib', index: 0 });
  });

  test('are styled dotted in every visible highlight style, and not at all with none', async () => {
    const replaceSync = vi.spyOn(CSSStyleSheet.prototype, 'replaceSync');
    await scan('<p>Before it, Dupixant for a year.</p>');
    const sheet = () => String(replaceSync.mock.calls.at(-1)?.[0] ?? '');
    const rule = (css: string) => /-fuzzy\) \{ ([^}]*)\}/.exec(css)?.[1] ?? '';
    expect(rule(sheet())).toContain('text-decoration-style: dotted');
    running!.setHighlightStyle('underline');
    expect(rule(sheet())).toContain('text-decoration-style: dotted');
    running!.setHighlightStyle('none');
    expect(rule(sheet())).toBe('');
    expect(fuzzyName()).toBeUndefined();
  });

  test('are left alone when the setting is off', async () => {
    const { reports } = await scan('<p>Rinvoq, and before it Dupixant for a year.</p>', false);
    expect(counts(reports[0]!)).toEqual([['upadacitinib', 1]]);
    expect(fuzzyName()).toBeUndefined();
  });

  test('a page with only a misspelling passes the pre-check', async () => {
    const { reports } = await scan('<p>Week 3 on upadacitinb.</p>');
    expect(counts(reports[0]!)).toEqual([['upadacitinib', 1]]);
  });

  test('an everyday word one letter from a name is not one', async () => {
    const { reports } = await scan('<p>The program and its methods.</p>');
    expect(reports[0]!.totalMentions).toBe(0);
    expect(registry.size).toBe(0);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { collectText, TextCollector } from '@/page/text/collect';
import { BLOCK_TAGS, isSkippedElement } from '@/page/text/rules';
import { recordsFromText } from '@/page/mentions/mention-index';
import { mightContainName } from '@/core/matcher';
import { TextSink } from '@/page/text/sink';
import { TreeWalk } from '@/page/text/tree-walk';

/** The fast text-only walk must give exactly the element walk's text and offsets. */

function body(html: string): HTMLElement {
  return new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html').body;
}

function viaTreeWalk(root: Node) {
  const sink = new TextSink();
  const rules = {
    isBlock: (el: Element) => BLOCK_TAGS.has(el.localName),
    isSkipped: (el: Element) => isSkippedElement(el),
  };
  new TreeWalk(root, {}, rules, sink).step(() => false);
  return sink.result();
}

function expectSame(root: HTMLElement): void {
  const flat = collectText(root);
  const tree = viaTreeWalk(root);
  expect(JSON.stringify(flat.text)).toBe(JSON.stringify(tree.text));
  expect(flat.segments.map((s) => [s.node, s.start, s.end])).toEqual(
    tree.segments.map((s) => [s.node, s.start, s.end]),
  );
}

/** mulberry32: the same pages on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// prettier-ignore
const TAGS = [
  'b', 'i', 'span', 'a', 'p', 'div', 'li', 'td', 'br', 'img', 'hr', 'script', 'textarea', 'svg',
  'span hidden', 'div hidden', 'div contenteditable', 'code', 'input', 'button', 'dialog',
  'template', 'select',
];
const VOID = new Set(['br', 'img', 'hr', 'input']);

function randomHtml(next: () => number, depth: number): string {
  let html = '';
  const count = Math.floor(next() * 5);
  for (let i = 0; i < count; i++) {
    const r = next();
    if (r < 0.35) {
      const words = ['Rinvoq', ' ', 'upa', 'dacitinib', '', 'x y', 'Rinvoq LQ', 'LQ', 'upa\u00AD'];
      html += words[Math.floor(next() * words.length)];
    } else if (r < 0.4) html += '<!-- c -->';
    else {
      const tag = TAGS[Math.floor(next() * TAGS.length)]!;
      const name = tag.split(' ')[0]!;
      if (VOID.has(name)) html += `<${tag}>`;
      else html += `<${tag}>${depth > 0 ? randomHtml(next, depth - 1) : ''}</${name}>`;
    }
  }
  return html;
}

describe('flat walk', () => {
  test.each(Array.from({ length: 300 }, (_, i) => i))('random page %i', (seed) => {
    const next = random(seed + 1);
    expectSame(body(randomHtml(next, 4)));
  });

  const dir = 'tests/fixtures/pages';
  test.each(readdirSync(dir).filter((f) => f.endsWith('.html')))('fixture %s', (file) => {
    expectSame(body(readFileSync(`${dir}/${file}`, 'utf8')));
  });

  test('empty text nodes and a root made of inline elements', () => {
    const root = body('<b>a</b>');
    root.append(root.ownerDocument.createTextNode(''), 'b');
    expectSame(root);
    expectSame(root.querySelector('b')!);
  });
});

describe('region walk (initial scan)', () => {
  const find = (root: HTMLElement, mightContain?: (t: string) => boolean) => {
    const collector = new TextCollector(root, { mightContain });
    collector.step();
    return recordsFromText(collector.result(), 10_000).records.map((r) => [
      r.drugId,
      r.pieces.map((p) => [p.node, p.start, p.end]),
    ]);
  };

  test.each(Array.from({ length: 300 }, (_, i) => i))('random page %i', (seed) => {
    const next = random(seed + 1000);
    const html = Array.from({ length: 40 }, () => randomHtml(next, 3)).join('');
    const root = body(`<main>${html}<p>${'filler words '.repeat(200)}</p></main>`);
    expect(find(root, mightContainName)).toEqual(find(root));
  });

  const dir = 'tests/fixtures/pages';
  test.each(readdirSync(dir).filter((f) => f.endsWith('.html')))('fixture %s', (file) => {
    const root = body(readFileSync(`${dir}/${file}`, 'utf8'));
    expect(find(root, mightContainName)).toEqual(find(root));
  });

  test('skips blocks that cannot hold a name and finds names in long ones', () => {
    const filler = '<p>' + 'nothing here '.repeat(300) + '</p>';
    const root = body(`<div>${filler}<section>${filler}<p>Take Rinvoq</p></section>x</div>`);
    const collector = new TextCollector(root, { mightContain: mightContainName });
    collector.step();
    expect(collector.result().text).toBe('Take Rinvoq');
  });
});

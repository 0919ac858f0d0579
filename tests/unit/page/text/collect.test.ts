import { describe, expect, test } from 'vitest';
import { collectText, TextCollector } from '@/page/text/collect';

/** Body of a fresh document parsed from `html` (DOMParser: no scripts run). */
function body(html: string): HTMLElement {
  return new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html').body;
}

const textOf = (html: string) => collectText(body(html)).text;

describe('collectText', () => {
  test.each([
    ['script', '<p>a</p><script>upadacitinib()</script><p>b</p>'],
    ['style', '<p>a</p><style>.upadacitinib{}</style><p>b</p>'],
    ['noscript', '<p>a</p><noscript>upadacitinib</noscript><p>b</p>'],
    ['template', '<p>a</p><template><p>upadacitinib</p></template><p>b</p>'],
    ['textarea', '<p>a</p><textarea>upadacitinib</textarea><p>b</p>'],
    ['select/option', '<p>a</p><select><option>upadacitinib</option></select><p>b</p>'],
    ['contenteditable', '<p>a</p><div contenteditable>upadacitinib</div><p>b</p>'],
    [
      'contenteditable="plaintext-only"',
      '<p>a</p><div contenteditable="plaintext-only">upadacitinib</div><p>b</p>',
    ],
    ['hidden', '<p>a</p><div hidden>upadacitinib</div><p>b</p>'],
    ['svg', '<p>a</p><svg><text>upadacitinib</text></svg><p>b</p>'],
    ['math', '<p>a</p><math><mi>upadacitinib</mi></math><p>b</p>'],
    ['closed dialog', '<p>a</p><dialog>upadacitinib</dialog><p>b</p>'],
    ['object fallback', '<p>a</p><object>upadacitinib</object><p>b</p>'],
    ['video fallback', '<p>a</p><video>upadacitinib</video><p>b</p>'],
  ])('skips text inside %s', (_, html) => {
    expect(textOf(html)).toBe('a\nb');
  });

  test.each([
    ['contenteditable="false"', '<div contenteditable="false">upadacitinib</div>'],
    ['an open dialog', '<dialog open>upadacitinib</dialog>'],
    ['code', '<code>upadacitinib</code>'],
    ['pre', '<pre>upadacitinib</pre>'],
    ['a button', '<button>upadacitinib</button>'],
  ])('collects text inside %s', (_, html) => {
    expect(textOf(html)).toBe('upadacitinib');
  });

  test('skips whatever isOwnElement claims, and its subtree', () => {
    const root = body('<p>a</p><jak-lens-host><p>upadacitinib</p></jak-lens-host><p>b</p>');
    const own = (el: Element) => el.localName === 'jak-lens-host';
    expect(collectText(root, { isOwnElement: own }).text).toBe('a\nb');
  });

  test.each([
    ['paragraphs', '<p>a</p><p>b</p>', 'a\nb'],
    ['table cells', '<table><tr><td>a</td><td>b</td></tr></table>', 'a\nb'],
    ['list items', '<ul><li>a</li><li>b</li></ul>', 'a\nb'],
    ['a line break', 'a<br>b', 'a\nb'],
    ['a horizontal rule', 'a<hr>b', 'a\nb'],
    ['a block closing mid-line', '<div><p>a</p>b</div>', 'a\nb'],
    ['a block opening mid-line', '<div>a<p>b</p></div>', 'a\nb'],
    ['headings', '<h1>a</h1><h2>b</h2>', 'a\nb'],
    ['an image between words', 'a<img alt="">b', 'a\nb'],
  ])('puts one \\n between %s', (_, html, expected) => {
    expect(textOf(html)).toBe(expected);
  });

  test.each([
    ['bold', 'upa<b>dacitinib</b>'],
    ['nested spans', '<span>upa</span><span><i>daci</i>tinib</span>'],
    ['a link', '<a href="#">upa</a>dacitinib'],
    ['an inline script in between', 'upa<script>x</script>dacitinib'],
    ['a comment in between', 'upa<!-- x -->dacitinib'],
  ])('joins inline elements without a separator (%s)', (_, html) => {
    expect(textOf(html)).toBe('upadacitinib');
  });

  test('keeps soft hyphens and zero-width characters in the text', () => {
    expect(textOf('<p>upa\u00ADdaci\u200Btinib</p>')).toBe('upa\u00ADdaci\u200Btinib');
  });

  test('maps every segment back to its text node with exact offsets', () => {
    const root = body('<p>Take <b>Rinvoq</b> daily.</p><ul><li>Olumiant</li></ul>');
    const { text, segments } = collectText(root);
    expect(text).toBe('Take Rinvoq daily.\nOlumiant');
    for (const s of segments) expect(text.slice(s.start, s.end)).toBe(s.node.data);
    expect(segments.map((s) => [s.start, s.end])).toEqual([
      [0, 5],
      [5, 11],
      [11, 18],
      [19, 27],
    ]);
  });

  test('collects open shadow roots as their own block, before the light children', () => {
    const root = body('<p>a</p><div id="host"><span>light</span></div><p>b</p>');
    const host = root.querySelector('#host')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.append(root.ownerDocument.createTextNode('shadowed'));
    const seen: ShadowRoot[] = [];
    const { text, segments } = collectText(root, { onShadowRoot: (r) => seen.push(r) });
    expect(text).toBe('a\nshadowed\nlight\nb');
    expect(seen).toEqual([shadow]);
    expect(segments[1]!.node.getRootNode()).toBe(shadow);
  });

  test('reads the shadow tree of the root element itself', () => {
    const host = body('<div id="host"><span>light</span></div>').querySelector('#host')!;
    host.attachShadow({ mode: 'open' }).textContent = 'shadowed';
    expect(collectText(host).text).toBe('shadowed\nlight');
  });

  test('skips closed shadow roots (a content script cannot reach them)', () => {
    const root = body('<p>a</p><div id="host"></div>');
    root.querySelector('#host')!.attachShadow({ mode: 'closed' }).textContent = 'hidden';
    expect(collectText(root).text).toBe('a');
  });

  test('resumes where it stopped when sliced', () => {
    const html = Array.from({ length: 2000 }, (_, i) => `<p>line ${i}</p>`).join('');
    const whole = collectText(body(html)).text;
    const collector = new TextCollector(body(html));
    let slices = 1;
    while (!collector.step(() => true)) slices++;
    expect(slices).toBeGreaterThan(5);
    expect(collector.result().text).toBe(whole);
  });
});

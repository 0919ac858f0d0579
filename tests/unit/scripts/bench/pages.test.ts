import { describe, expect, test } from 'vitest';
import { findMentions } from '@/core/matcher';
import { CASES, generatePage, mulberry32 } from '../../../../scripts/bench/pages.mjs';
import { pdfSourceHtml } from '../../../../scripts/bench/pdf.mjs';

/** Block tags become line breaks, inline tags vanish: the text a scanner sees. */
function visibleText(html: string): string {
  const body = html.slice(html.indexOf('<body>'), html.indexOf('</body>'));
  return body
    .replace(/<\/?(?:p|h1|h2|li|ul|td|tr|table|tbody|main|section|div)\b[^>]*>/g, '\n')
    .replace(/<[^>]+>/g, '');
}

function bodyText(html: string): string {
  return visibleText(html).replace(/\n/g, '');
}

describe('mulberry32', () => {
  test('repeats its sequence for the same seed and differs for another', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    const c = mulberry32(8);
    const xs = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('benchmark pages', () => {
  test.each(CASES)('%s is the same page for the same seed and another for another seed', (name) => {
    const a = generatePage(name, { scale: 0.05 });
    expect(generatePage(name, { scale: 0.05 })).toEqual(a);
    expect(generatePage(name, { scale: 0.05, seed: 1 }).html).not.toBe(a.html);
  });

  test('article-200k holds 200 K characters with a name about every 500, links, bold, tables and split names', () => {
    const page = generatePage('article-200k');
    expect(bodyText(page.html)).toHaveLength(page.textChars);
    expect(page.textChars).toBeGreaterThanOrEqual(200_000);
    expect(page.textChars).toBeLessThan(205_000);
    expect(page.textChars / page.mentions).toBeGreaterThan(450);
    expect(page.textChars / page.mentions).toBeLessThan(550);
    expect(page.splits).toBeGreaterThan(5);
    expect(page.html).toMatch(/[a-z]{3,}<(?:b|em|strong|a href="#r"|span class="x")>[a-z]{3,}</);
    for (const tag of ['<table>', '<a href=', '<b>', '<ul>']) expect(page.html).toContain(tag);
  });

  test('article-200k and stress-1mb contain exactly the mentions they report', () => {
    for (const name of ['article-200k', 'stress-1mb']) {
      const page = generatePage(name);
      expect(findMentions(visibleText(page.html))).toHaveLength(page.mentions);
    }
  });

  test('stress-1mb holds 1 MB of text with a name about every 200 characters', () => {
    const page = generatePage('stress-1mb');
    expect(bodyText(page.html)).toHaveLength(page.textChars);
    expect(page.textChars).toBeGreaterThanOrEqual(1_000_000);
    expect(page.textChars).toBeLessThan(1_005_000);
    expect(page.textChars / page.mentions).toBeGreaterThan(180);
    expect(page.textChars / page.mentions).toBeLessThan(220);
  });

  test('nomatch-1mb holds 1 MB of text and no drug name', () => {
    const page = generatePage('nomatch-1mb');
    const text = visibleText(page.html);
    expect(page.mentions).toBe(0);
    expect(page.textChars).toBeGreaterThanOrEqual(1_000_000);
    expect(findMentions(text)).toEqual([]);
  });

  test('dynamic appends 50 batches of 20 paragraphs of about 10 K characters', () => {
    const page = generatePage('dynamic');
    expect(page.batches).toHaveLength(50);
    for (const batch of page.batches ?? []) {
      expect(batch.match(/<p>/g)).toHaveLength(20);
      expect(bodyText(`<body>${batch}</body>`).length).toBeGreaterThan(9_500);
      expect(bodyText(`<body>${batch}</body>`).length).toBeLessThan(10_800);
    }
    const batchText = (page.batches ?? []).map((b) => visibleText(`<body>${b}</body>`)).join('\n');
    expect(findMentions(batchText)).toHaveLength(page.batchMentions ?? -1);
    expect(page.html).toContain('window.__bench');
    expect(page.html).not.toContain(page.batches?.[0]?.slice(0, 200));
  });

  test('nodes-200k has 200,000 text nodes', () => {
    const page = generatePage('nodes-200k');
    const body = page.html.slice(page.html.indexOf('<body>'), page.html.indexOf('</body>'));
    const textNodes = body.split(/<[^>]+>/).filter((s) => s.length > 0);
    expect(textNodes).toHaveLength(200_000);
    expect(page.textNodes).toBe(200_000);
    expect(findMentions(visibleText(page.html))).toHaveLength(page.mentions);
  });

  test('nomatch-50k is an ordinary 50 K article with no drug name', () => {
    const page = generatePage('nomatch-50k');
    expect(page.mentions).toBe(0);
    expect(bodyText(page.html)).toHaveLength(page.textChars);
    expect(page.textChars).toBeGreaterThanOrEqual(50_000);
    expect(page.textChars).toBeLessThan(52_000);
    expect(findMentions(visibleText(page.html))).toEqual([]);
  });

  test('frames has three same-origin frames and a srcdoc frame, each mentioning drugs', () => {
    const page = generatePage('frames');
    const srcdocs = [...page.html.matchAll(/<iframe srcdoc="([^"]*)"[^>]*><\/iframe>/g)].map((m) =>
      (m[1] ?? '').replaceAll('&quot;', '"').replaceAll('&amp;', '&'),
    );
    const top = page.html.replace(/<iframe srcdoc="[^"]*"[^>]*><\/iframe>/g, '');
    expect(srcdocs).toHaveLength(1);
    expect(Object.keys(page.files ?? {})).toEqual([
      'frames-1.html',
      'frames-2.html',
      'frames-3.html',
    ]);
    for (const file of Object.keys(page.files ?? {}))
      expect(top).toContain(`<iframe src="${file}"`);
    const documents = [top, ...srcdocs, ...Object.values(page.files ?? {})];
    const counts = documents.map((html) => findMentions(visibleText(html)).length);
    expect(counts.every((n) => n > 0)).toBe(true);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(page.mentions);
    expect(page.frames).toBe(4);
  });

  test('frames-ads has 30 small frames from the other origin and no drug name anywhere', () => {
    const page = generatePage('frames-ads', { crossOrigin: 'http://localhost:8123' });
    const frames = [...page.html.matchAll(/<iframe src="([^"]+)" width="(\d+)" height="(\d+)"/g)];
    expect(frames).toHaveLength(30);
    for (const [, src, w, h] of frames) {
      expect(src).toMatch(/^http:\/\/localhost:8123\/ad-\d+\.html$/);
      expect(Number(w) * Number(h)).toBeLessThanOrEqual(300 * 50);
    }
    expect(Object.keys(page.files ?? {})).toHaveLength(30);
    expect(page.textChars).toBeGreaterThanOrEqual(10_000);
    for (const html of [page.html, ...Object.values(page.files ?? {})]) {
      expect(findMentions(visibleText(html))).toEqual([]);
    }
  });

  test('the PDF source is 300 page-sized sections with the names it reports', () => {
    const { html, mentions } = pdfSourceHtml();
    expect(html.match(/<section>/g)).toHaveLength(300);
    expect(html).toContain('section { break-after: page }');
    expect(findMentions(visibleText(html))).toHaveLength(mentions);
  });
});

/**
 * Seeded generators for the benchmark pages. The same seed always yields the same bytes, so runs
 * on different days measure the same pages. Pure (no DOM, no fs): the unit tests call them too.
 * Each generator reports what it put in: visible text characters, mentions (a split name counts
 * once), split mentions and, where relevant, text nodes.
 */

/** The cases, in report order. */
export const CASES = [
  'article-200k',
  'stress-1mb',
  'nomatch-1mb',
  'nomatch-50k',
  'dynamic',
  'nodes-200k',
  'frames',
  'frames-ads',
];

/** Where a page's cross-origin frames come from when the caller gives no origin. */
const DEFAULT_CROSS_ORIGIN = 'http://localhost';

/** mulberry32: a tiny, fast, well-distributed 32-bit PRNG; enough for page text. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Drug names as pages write them: generics, brands, a salt, research codes, odd casing. */
// prettier-ignore
export const MENTION_FORMS = [
  'upadacitinib', 'Upadacitinib', 'Rinvoq', 'abrocitinib', 'Cibinqo', 'baricitinib', 'Olumiant',
  'tofacitinib', 'Xeljanz', 'ruxolitinib', 'Opzelura', 'dupilumab', 'Dupixent', 'DUPILUMAB',
  'tralokinumab', 'Adbry', 'Adtralza', 'lebrikizumab', 'Ebglyss', 'nemolizumab', 'Nemluvio',
  'tacrolimus', 'Protopic', 'pimecrolimus', 'Elidel', 'crisaborole', 'Eucrisa', 'delgocitinib',
  'tapinarof', 'Vtama', 'roflumilast', 'Zoryve', 'methotrexate', 'cyclosporine', 'ciclosporin',
  'azathioprine', 'mycophenolate mofetil', 'ABT-494', 'PF-04965842', 'LY3009104',
];

/** Forms that may be split across an inline element: one word, long enough for two parts. */
const SPLITTABLE = MENTION_FORMS.filter((f) => /^[a-z]{9,}$/i.test(f));

/** Filler vocabulary: clinical-sounding words that contain no drug name at a word boundary. */
// prettier-ignore
const WORDS = [
  'patients', 'treatment', 'eczema', 'atopic', 'dermatitis', 'skin', 'barrier', 'itch', 'score',
  'week', 'trial', 'response', 'placebo', 'dose', 'daily', 'topical', 'systemic', 'therapy',
  'adverse', 'events', 'were', 'was', 'the', 'and', 'with', 'for', 'in', 'of', 'to', 'a', 'an',
  'moderate', 'severe', 'adults', 'adolescents', 'children', 'baseline', 'improvement', 'lesions',
  'inflammation', 'cytokine', 'signalling', 'pathway', 'inhibitor', 'receptor', 'antibody',
  'clinical', 'study', 'endpoint', 'primary', 'secondary', 'efficacy', 'safety', 'profile',
  'monitoring', 'laboratory', 'values', 'infection', 'herpes', 'zoster', 'acne', 'nausea',
  'headache', 'conjunctivitis', 'flare', 'remission', 'maintenance', 'long-term', 'extension',
  'cohort', 'randomised', 'double-blind', 'compared', 'reported', 'observed', 'significant',
  'reduction', 'pruritus', 'sleep', 'quality', 'life', 'physician', 'global', 'assessment',
  'area', 'index', 'percent', 'proportion', 'achieved', 'at', 'least', 'by', 'after', 'before',
  'during', 'between', 'groups', 'onset', 'rapid', 'sustained', 'discontinuation', 'rates',
  'low', 'high', 'similar', 'overall', 'guideline', 'recommendation', 'first-line', 'emollients',
  'steroids', 'phototherapy', 'referral', 'dermatologist', 'counselling', 'label', 'warning',
];

/** Inline wrappers used for links, emphasis and split names. */
const INLINE = [
  ['<a href="#r">', '</a>'],
  ['<b>', '</b>'],
  ['<em>', '</em>'],
  ['<strong>', '</strong>'],
  ['<span class="x">', '</span>'],
];

/**
 * Emits prose as inline HTML with a drug name about every `gap` visible characters (uniform in
 * 0.5–1.5 × gap), so the density is exact on average and irregular locally. `chars` counts the
 * visible text emitted so far: pages put no whitespace between tags, so it is the body's text.
 */
export class Prose {
  /**
   * @param {() => number} rand
   * @param {{ gap?: number, splitRate?: number, markupRate?: number }} [options]
   */
  constructor(rand, { gap = Infinity, splitRate = 0, markupRate = 0.05 } = {}) {
    this.rand = rand;
    this.gap = gap;
    this.splitRate = splitRate;
    this.markupRate = markupRate;
    this.chars = 0;
    this.mentions = 0;
    this.splits = 0;
    this.untilMention = this.#drawGap();
  }

  #drawGap() {
    return this.gap * (0.5 + this.rand());
  }

  /** Counts `s` as visible text and returns it. */
  text(s) {
    this.chars += s.length;
    this.untilMention -= s.length;
    return s;
  }

  /** @template T @param {readonly T[]} list @returns {T} */
  pick(list) {
    return list[Math.floor(this.rand() * list.length)];
  }

  /** A filler word, never a mention. */
  word() {
    return this.text(this.pick(WORDS));
  }

  /** A drug name as HTML, sometimes split across an inline element (`upa<b>dacitinib</b>`). */
  mention() {
    this.mentions++;
    const split = this.rand() < this.splitRate;
    const form = this.text(this.pick(split ? SPLITTABLE : MENTION_FORMS));
    this.untilMention = this.#drawGap() - form.length;
    if (!split) return form;
    this.splits++;
    const cut = 3 + Math.floor(this.rand() * (form.length - 5));
    const [open, close] = this.pick(INLINE);
    return `${form.slice(0, cut)}${open}${form.slice(cut)}${close}`;
  }

  /** A mention when one is due, else a filler word, sometimes in a link or emphasis. */
  token() {
    if (this.untilMention <= 0) return this.mention();
    const w = this.word();
    if (this.rand() >= this.markupRate) return w;
    const [open, close] = this.pick(INLINE);
    return `${open}${w}${close}`;
  }

  /**
   * Sentences of about `n` visible characters as inline HTML, ending with a full stop.
   * @param {number} n
   */
  inline(n) {
    const end = this.chars + n;
    let html = this.token();
    let sentenceLeft = 8 + Math.floor(this.rand() * 14);
    while (this.chars < end) {
      if (--sentenceLeft === 0) sentenceLeft = 8 + Math.floor(this.rand() * 14);
      html += this.text(sentenceLeft === 1 ? '. ' : ' ') + this.token();
    }
    return html + this.text('.');
  }

  /** A table cell's content: a mention when one is nearly due, else two words. */
  cell() {
    if (this.untilMention <= 12) return this.mention();
    return `${this.word()}${this.text(' ')}${this.word()}`;
  }
}

/** @param {Prose} prose @param {number} n */
function paragraph(prose, n) {
  return `<p>${prose.inline(n)}</p>`;
}

/**
 * Article-like body: headings, paragraphs with links and emphasis, lists and tables, until
 * `textChars` visible characters.
 * @param {Prose} prose
 * @param {number} textChars
 */
function articleBody(prose, textChars) {
  const parts = [];
  let section = 0;
  while (prose.chars < textChars) {
    section++;
    parts.push(`<h2>${prose.word()}${prose.text(' ')}${prose.word()}</h2>`);
    const paragraphs = 3 + Math.floor(prose.rand() * 4);
    for (let i = 0; i < paragraphs && prose.chars < textChars; i++) {
      parts.push(paragraph(prose, 300 + prose.rand() * 900));
    }
    if (section % 3 === 0) {
      const items = [];
      for (let i = 0; i < 4; i++) items.push(`<li>${prose.inline(40 + prose.rand() * 80)}</li>`);
      parts.push(`<ul>${items.join('')}</ul>`);
    }
    if (section % 5 === 0) {
      const rows = [];
      for (let r = 0; r < 6; r++) {
        rows.push(
          `<tr><td>${prose.cell()}</td><td>${prose.cell()}</td><td>${prose.cell()}</td></tr>`,
        );
      }
      parts.push(`<table><tbody>${rows.join('')}</tbody></table>`);
    }
  }
  return parts.join('');
}

/**
 * @param {string} title
 * @param {string} body
 * @param {string} [head]
 */
function documentHtml(title, body, head = '') {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;
}

/**
 * @typedef {{ html: string, textChars: number, mentions: number, splits: number,
 *   textNodes?: number, batches?: string[], batchMentions?: number,
 *   files?: Record<string, string>, frames?: number }} GeneratedPage
 */

/** (a) A 200 KB-text article, one name per ~500 characters, 5% of them split. */
export function articlePage(seed = 1, scale = 1) {
  const prose = new Prose(mulberry32(seed), { gap: 500, splitRate: 0.05 });
  const title = prose.text('Systemic therapy for atopic dermatitis');
  const body = `<main><h1>${title}</h1>${articleBody(prose, 200_000 * scale)}</main>`;
  return finish('article-200k', body, prose);
}

/** (b) 1 MB of text, one name per ~200 characters, 10% split: the stress case. */
export function stressPage(seed = 2, scale = 1) {
  const prose = new Prose(mulberry32(seed), { gap: 200, splitRate: 0.1 });
  return finish('stress-1mb', `<main>${articleBody(prose, 1_000_000 * scale)}</main>`, prose);
}

/** (c) 1 MB of the same kind of text with no drug name at all: the common case. */
export function nomatchPage(seed = 3, scale = 1) {
  const prose = new Prose(mulberry32(seed));
  return finish('nomatch-1mb', `<main>${articleBody(prose, 1_000_000 * scale)}</main>`, prose);
}

/** (f) An ordinary 50 K-character article with no drug name: the tax on a typical page. */
export function nomatchArticlePage(seed = 6, scale = 1) {
  const prose = new Prose(mulberry32(seed));
  const title = prose.text('Planning a week in the mountains');
  const body = `<main><h1>${title}</h1>${articleBody(prose, 50_000 * scale)}</main>`;
  return finish('nomatch-50k', body, prose);
}

/** Text for an HTML attribute value in double quotes (a srcdoc document). */
function attribute(html) {
  return html.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
}

/**
 * (g) A 20 K article with three same-origin frames (`frames-1.html` … `frames-3.html`, 20 K
 * articles each) and one srcdoc frame (a 5 K article), all mentioning drugs about every 500
 * characters; every frame is 640×400, well above the size of an ad. `files` holds the frame
 * documents; `mentions` counts every frame's.
 */
export function framesPage(seed = 7, scale = 1) {
  const prose = new Prose(mulberry32(seed), { gap: 500, splitRate: 0.05 });
  const files = {};
  const frameHtml = [];
  for (let i = 1; i <= 3; i++) {
    files[`frames-${i}.html`] = documentHtml(
      `frame ${i}`,
      `<main>${articleBody(prose, prose.chars + 20_000 * scale)}</main>`,
    );
    frameHtml.push(`<iframe src="frames-${i}.html" width="640" height="400"></iframe>`);
  }
  const srcdoc = documentHtml(
    'srcdoc',
    `<main>${articleBody(prose, prose.chars + 5_000 * scale)}</main>`,
  );
  frameHtml.push(`<iframe srcdoc="${attribute(srcdoc)}" width="640" height="400"></iframe>`);
  const framed = { chars: prose.chars, mentions: prose.mentions, splits: prose.splits };
  const top = articleBody(prose, prose.chars + 20_000 * scale);
  const page = finish('frames', `<main>${top}${frameHtml.join('')}</main>`, prose);
  return { ...page, files, frames: 4, frameMentions: framed.mentions };
}

/** Ad-like frame sizes, all small: tracking pixels, icons, thin banners. */
const AD_SIZES = [
  [1, 1],
  [20, 20],
  [48, 48],
  [120, 40],
  [300, 50],
];

/**
 * (h) A 10 K article with no drug name and 30 small frames from another origin
 * (`crossOrigin`/ad-N.html, each a short advert without a drug name): the ad-heavy page.
 * @param {number} [seed]
 * @param {number} [scale]
 * @param {string} [crossOrigin] e.g. `http://localhost:PORT` beside a page on 127.0.0.1
 */
export function framesAdsPage(seed = 8, scale = 1, crossOrigin = DEFAULT_CROSS_ORIGIN) {
  const prose = new Prose(mulberry32(seed));
  const files = {};
  const ads = [];
  for (let i = 1; i <= 30; i++) {
    const [w, h] = AD_SIZES[i % AD_SIZES.length];
    const ad = new Prose(mulberry32(seed * 1000 + i));
    files[`ad-${i}.html`] = documentHtml(`ad ${i}`, `<a href="#buy">${ad.inline(120)}</a>`);
    ads.push(`<iframe src="${crossOrigin}/ad-${i}.html" width="${w}" height="${h}"></iframe>`);
  }
  const parts = [];
  const body = articleBody(prose, 10_000 * scale);
  // Ads between the paragraphs, as an ad-heavy page places them.
  const paragraphs = body.split('</p>');
  paragraphs.forEach((p, i) => {
    parts.push(p);
    if (i < paragraphs.length - 1) parts.push('</p>');
    if (i < ads.length) parts.push(ads[i]);
  });
  parts.push(...ads.slice(paragraphs.length));
  const page = finish('frames-ads', `<main>${parts.join('')}</main>`, prose);
  return { ...page, files, frames: 30, crossOriginFrames: 30 };
}

/**
 * (d) A ~10 KB article plus 50 batches of 20 paragraphs (~10 KB of text each) that the page
 * appends on `window.__bench.start(intervalMs)`, fetched from `dynamic-batches.json` at load so
 * the batch text never sits in the document.
 */
export function dynamicPage(seed = 4, scale = 1, batchCount = 50) {
  const prose = new Prose(mulberry32(seed), { gap: 500, splitRate: 0.05 });
  const body = `<main>${articleBody(prose, 10_000 * scale)}<div id="feed"></div></main>`;
  const initial = { chars: prose.chars, mentions: prose.mentions, splits: prose.splits };
  const batches = [];
  for (let b = 0; b < batchCount; b++) {
    const paragraphs = [];
    for (let i = 0; i < 20; i++) paragraphs.push(paragraph(prose, 500 * scale));
    batches.push(`<section>${paragraphs.join('')}</section>`);
  }
  const page = finish('dynamic', body, prose, DYNAMIC_SCRIPT);
  return {
    ...page,
    textChars: initial.chars,
    mentions: initial.mentions,
    splits: initial.splits,
    batches,
    batchChars: prose.chars - initial.chars,
    batchMentions: prose.mentions - initial.mentions,
  };
}

/** The dynamic page's own script: the same work for every contender, "none" included. */
const DYNAMIC_SCRIPT = `<script>
(() => {
  const batches = fetch('dynamic-batches.json').then((r) => r.json());
  window.__bench = { appended: 0, done: false };
  window.__bench.start = async (interval) => {
    const list = await batches;
    const feed = document.getElementById('feed');
    performance.mark('bench-batches-start');
    for (const html of list) {
      feed.insertAdjacentHTML('beforeend', html);
      window.__bench.appended++;
      await new Promise((resolve) => setTimeout(resolve, interval));
    }
    window.__bench.done = true;
  };
})();
</script>`;

/**
 * (e) 200,000 text nodes: paragraphs of 20 one-word nodes, every other one inside `<i>` or
 * `<b>`; one name per ~1,000 characters, never split (that would add nodes).
 */
export function nodesPage(seed = 5, scale = 1) {
  const prose = new Prose(mulberry32(seed), { gap: 1000, markupRate: 0 });
  const paragraphs = [];
  let textNodes = 0;
  const target = Math.round(200_000 * scale);
  while (textNodes < target) {
    const nodes = [];
    for (let i = 0; i < 20; i++) {
      const w = `${prose.token()}${prose.text(' ')}`;
      nodes.push(i % 2 ? `<${i % 4 === 1 ? 'i' : 'b'}>${w}</${i % 4 === 1 ? 'i' : 'b'}>` : w);
    }
    textNodes += 20;
    paragraphs.push(`<p>${nodes.join('')}</p>`);
  }
  return { ...finish('nodes-200k', `<main>${paragraphs.join('')}</main>`, prose), textNodes };
}

/** @returns {GeneratedPage} */
function finish(title, body, prose, head = '') {
  return {
    html: documentHtml(title, body, head),
    textChars: prose.chars,
    mentions: prose.mentions,
    splits: prose.splits,
  };
}

/**
 * Every case's page, by name.
 * @param {string} name
 * @param {{ seed?: number, scale?: number, crossOrigin?: string }} [options] seed offsets each
 *   case's own seed; `crossOrigin` is where `frames-ads` loads its frames from.
 * @returns {GeneratedPage}
 */
export function generatePage(name, { seed = 0, scale = 1, crossOrigin } = {}) {
  switch (name) {
    case 'article-200k':
      return articlePage(1 + seed, scale);
    case 'stress-1mb':
      return stressPage(2 + seed, scale);
    case 'nomatch-1mb':
      return nomatchPage(3 + seed, scale);
    case 'dynamic':
      return dynamicPage(4 + seed, scale);
    case 'nodes-200k':
      return nodesPage(5 + seed, scale);
    case 'nomatch-50k':
      return nomatchArticlePage(6 + seed, scale);
    case 'frames':
      return framesPage(7 + seed, scale);
    case 'frames-ads':
      return framesAdsPage(8 + seed, scale, crossOrigin);
    default:
      throw new Error(`Unknown case "${name}"; cases: ${CASES.join(', ')}`);
  }
}

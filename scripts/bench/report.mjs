/**
 * Human-readable output: one table per case (plain text for the terminal, or Markdown for
 * docs/perf.md), the matcher micro-benchmark and the targets with pass/miss.
 */

const COLUMNS = [
  ['contender', (n) => n],
  ['total ms', (_, c) => c.totalMs],
  ['longest ms', (_, c) => c.longestTaskMs],
  ['eval ms', (_, c) => c.evalMs],
  ['batch ms', (_, c) => c.batchMs],
  ['Δrender/batch', (_, c) => c.batchRenderDeltaMs],
  ['main ms', (_, c) => c.mainMs],
  ['Δmain ms', (_, c) => c.mainDeltaMs],
  ['Δrender ms', (_, c) => c.renderDeltaMs],
  ['heap MB', (_, c) => c.heapMB],
  ['Δheap MB', (_, c) => c.heapDeltaMB],
  ['mentions', (_, c) => c.mentions],
  ['+elements', (_, c) => c.domNodesAdded],
  ['click ms', (_, c) => c.firstInteractionMs],
  ['click wall ms', (_, c) => c.firstInteractionWallMs],
];

/** Columns shown only where some contender has a value: the dynamic and interaction figures. */
const OPTIONAL = new Set(['batch ms', 'Δrender/batch', 'click ms', 'click wall ms']);

function cell(value) {
  if (value === null || value === undefined) return '–';
  return String(value);
}

/**
 * @param {string[][]} rows first row is the header
 * @param {boolean} markdown
 */
function table(rows, markdown) {
  if (markdown) {
    const line = (r) => `| ${r.join(' | ')} |`;
    const rule = rows[0].map((_, i) => (i === 0 ? '---' : '---:'));
    return [line(rows[0]), line(rule), ...rows.slice(1).map(line)].join('\n');
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows
    .map((r) => r.map((v, i) => (i === 0 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join('  '))
    .join('\n');
}

/** One case as a table; the batch and click columns only where the case has them. */
export function caseTable(c, markdown = false) {
  const names = Object.keys(c.contenders);
  const columns = COLUMNS.filter(
    ([title, get]) => !OPTIONAL.has(title) || names.some((n) => get(n, c.contenders[n]) != null),
  );
  const rows = [columns.map(([title]) => title)];
  for (const name of names) {
    rows.push(columns.map(([, get]) => cell(get(name, c.contenders[name]))));
  }
  return table(rows, markdown);
}

/** A line describing the page: its size, the mentions it holds, the ratios. */
export function caseHeading(c) {
  const page = `${Math.round(c.page.textChars / 1000)} K chars of text, ${c.page.mentions} mentions (${c.page.splits} split)`;
  const extra = c.page.batches
    ? `, then ${c.page.batches} batches of ${Math.round(c.page.batchChars / c.page.batches / 1000)} K chars / ${c.page.batchMentions} mentions in all`
    : c.page.textNodes
      ? `, ${c.page.textNodes} text nodes`
      : '';
  const ratios = Object.entries(c.ratios)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  return `${c.case}: ${page}${extra}${ratios ? ` — ${ratios}` : ''}`;
}

/** JAK Lens's costliest functions in one case (`--profile`), self and total side by side. */
export function profileTable(profile, markdown = false) {
  const rows = [['JAK Lens function (self)', 'self ms', 'function (total)', 'total ms']];
  const n = Math.min(12, Math.max(profile.self.length, profile.total.length));
  for (let i = 0; i < n; i++) {
    const [s, sm] = profile.self[i] ?? ['', ''];
    const [t, tm] = profile.total[i] ?? ['', ''];
    rows.push([s, String(sm), t, String(tm)]);
  }
  return table(rows, markdown);
}

export function targetsTable(targets, markdown = false) {
  const rows = [['issue', 'target', 'measured', 'result']];
  for (const t of targets) {
    rows.push([
      cell(t.issue),
      t.target,
      cell(t.value),
      t.met === null ? 'not measured' : t.met ? 'met' : 'MISSED',
    ]);
  }
  return table(rows, markdown);
}

/** The PDF case: JAK Lens's document scan against PDF.js's text extraction alone. */
export function pdfTable(pdf, markdown = false) {
  const rows = [
    [
      'reader',
      'first page ms',
      'first page with a name ms',
      'all pages ms',
      'CPU ms',
      'heap growth MB',
      'peak RSS MB',
      'mentions',
    ],
  ];
  for (const [name, r] of [
    ['JAK Lens (scanPdfDocument)', pdf.jaklens],
    ['PDF.js text only', pdf.pdfjs],
  ]) {
    rows.push([
      name,
      ...[
        r.firstPageMs,
        r.firstMentionPageMs,
        r.fullMs,
        r.cpuMs,
        r.heapGrowthMB,
        r.peakRssMB,
        r.mentions,
      ].map(cell),
    ]);
  }
  return `${pdf.pages} pages, ${pdf.mentions} names in the source; matching adds ${cell(pdf.matchingMsPerPage)} ms per page.\n\n${table(rows, markdown)}`;
}

/** The PDF case in the reader: JAK Lens's reader against PDF.js's viewer alone (wall ms). */
export function pdfReaderTable(reader, markdown = false) {
  const rows = [
    [
      'page',
      'first highlight / text layer ms',
      'full drug list / all text ms',
      'peak heap MB',
      'summary',
    ],
  ];
  rows.push([
    'JAK Lens reader',
    ...[reader.jaklens.firstHighlightMs, reader.jaklens.fullListMs, reader.jaklens.peakHeapMB].map(
      cell,
    ),
    cell(reader.jaklens.summary),
  ]);
  rows.push([
    'PDF.js viewer alone',
    ...[reader.pdfjs.firstTextLayerMs, reader.pdfjs.fullTextMs, reader.pdfjs.peakHeapMB].map(cell),
    '–',
  ]);
  return `${reader.runs} run(s), medians; wall ms from navigation start, 1280×800; the page's JS heap (not the worker's).\n\n${table(rows, markdown)}`;
}

/** The whole report as text (or Markdown). */
export function formatReport(result, markdown = false) {
  const out = [];
  const h = (s) => (markdown ? `### ${s}` : s);
  out.push(
    `Chromium ${result.chromium}, ${result.runs} run(s), medians; ms are main-thread CPU time.`,
  );
  for (const c of result.cases) {
    out.push('', h(caseHeading(c)), '', caseTable(c, markdown));
    if (c.profile) out.push('', profileTable(c.profile, markdown));
    if (c.interactionProfile) {
      out.push('', 'first interaction:', '', profileTable(c.interactionProfile, markdown));
    }
  }
  if (result.matcher) {
    const m = result.matcher;
    out.push(
      '',
      h('matcher (Node, CPU time)'),
      '',
      `findMentions ${m.mbPerS} MB/s, plain charCodeAt letter-count loop ${m.plainLoopMbPerS} MB/s ` +
        `(ratio ${Math.round(m.ratio * 100) / 100}); mightMention on text with no name ${m.precheckNoMatchMbPerS} MB/s; ` +
        `${m.textMB} MB, ${m.mentions} mentions.` +
        (m.fuzzyMbPerS
          ? ` Fuzzy matching on: findMentions ${m.fuzzyMbPerS} MB/s (${m.fuzzyCost}× the time, ${m.fuzzyMentions} mentions), ` +
            `mightMention ${m.precheckFuzzyNoMatchMbPerS} MB/s (${m.precheckFuzzyCost}× the time).`
          : ''),
    );
  }
  if (result.pdf?.jaklens)
    out.push('', h('pdf-300 (Node, the CLI path)'), '', pdfTable(result.pdf, markdown));
  if (result.pdf?.reader) {
    out.push(
      '',
      h('pdf-300 in the reader (Chromium)'),
      '',
      pdfReaderTable(result.pdf.reader, markdown),
    );
  }
  out.push(
    '',
    `content script (stage 1): ${result.contentScriptBytes ?? '–'} bytes (.output/chrome-mv3/content-scripts/content.js, ${result.jaklensBuild}); ` +
      `detector (stage 1, injected where a name might be): ${result.detectorScriptBytes ?? '–'} bytes (detector.js); ` +
      `UI (stage 2): ${result.uiScriptBytes ?? '–'} bytes (ui.js)`,
    `first interaction on article-200k (click a mention → sidebar shown): ${result.firstInteractionMs ?? '–'} ms CPU`,
    ...(result.previous
      ? [
          `previous build (${result.previous.dir}): content script ${result.previous.contentScriptBytes ?? '–'} bytes, detector ${result.previous.detectorScriptBytes ?? '–'} bytes, UI ${result.previous.uiScriptBytes ?? '–'} bytes`,
        ]
      : []),
    '',
    h('targets'),
    '',
    targetsTable(result.targets, markdown),
  );
  return out.join('\n');
}

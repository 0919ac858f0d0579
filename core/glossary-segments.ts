/**
 * Splits note text into plain and glossary-term segments, as offsets into the original string,
 * so the UI can render every piece as text (never HTML) and wrap only the terms.
 */
import type { GlossaryTerm } from '@/data/schema';

export type GlossarySegment =
  | { kind: 'text'; text: string; start: number; end: number }
  | { kind: 'term'; text: string; start: number; end: number; termId: string };

export interface SegmentOptions {
  /** Mark only the first occurrence of each term, so a paragraph is not a wall of underlines. */
  firstOnly?: boolean;
}

interface CompiledGlossary {
  pattern: RegExp;
  termIdByKey: Map<string, string>;
}

const cache = new WeakMap<readonly GlossaryTerm[], CompiledGlossary | null>();

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One alternation of all terms and aliases, longest first so "EASI-90" wins over "EASI". */
function compile(terms: readonly GlossaryTerm[]): CompiledGlossary | null {
  const termIdByKey = new Map<string, string>();
  for (const t of terms) {
    for (const name of [t.term, ...t.aliases]) {
      const key = name.toLowerCase();
      if (key.trim() && !termIdByKey.has(key)) termIdByKey.set(key, t.id);
    }
  }
  if (termIdByKey.size === 0) return null;
  const alternation = [...termIdByKey.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  // Letters and digits on either side mean we are inside a longer word ("JAKs" stays unmarked).
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation})(?![\\p{L}\\p{N}])`, 'giu');
  return { pattern, termIdByKey };
}

function compiled(terms: readonly GlossaryTerm[]): CompiledGlossary | null {
  let c = cache.get(terms);
  if (c === undefined) {
    c = compile(terms);
    cache.set(terms, c);
  }
  return c;
}

/** Returns segments covering `text` exactly, in order; terms matched case-insensitively. */
export function segmentGlossary(
  text: string,
  terms: readonly GlossaryTerm[],
  options: SegmentOptions = {},
): GlossarySegment[] {
  const c = compiled(terms);
  const segments: GlossarySegment[] = [];
  let last = 0;
  const seen = new Set<string>();
  if (c) {
    for (const m of text.matchAll(c.pattern)) {
      const termId = c.termIdByKey.get(m[0].toLowerCase());
      if (!termId || (options.firstOnly && seen.has(termId))) continue;
      seen.add(termId);
      const start = m.index;
      const end = start + m[0].length;
      if (start > last)
        segments.push({ kind: 'text', text: text.slice(last, start), start: last, end: start });
      segments.push({ kind: 'term', text: m[0], start, end, termId });
      last = end;
    }
  }
  if (last < text.length)
    segments.push({ kind: 'text', text: text.slice(last), start: last, end: text.length });
  return segments;
}

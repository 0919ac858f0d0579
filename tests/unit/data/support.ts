/**
 * Shared helpers for the dataset invariant tests: the bundled interview text, its answers split
 * into sentences, and a class with its ancestors.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataset } from '@/data/index';

export const INTERVIEW_ID = 'song-2025-interview';

/** Read from disk, not imported, so the test checks the very file the build bundles. */
export const interview = readFileSync(
  join(dirname(fileURLToPath(import.meta.url)), '../../../data/sources/interview.txt'),
  'utf8',
);

/** A sentence of Dr Song's answers with its offset in the interview text. */
export interface Sentence {
  text: string;
  start: number;
}

/**
 * Every sentence of the answers: paragraphs from a "Dr Song:" line up to the next interviewer
 * line, split after . ? or ! followed by a space. The interview has no abbreviations with a
 * full stop inside the answers, so this naive split is exact here.
 */
export function answerSentences(text: string = interview): Sentence[] {
  const sentences: Sentence[] = [];
  let inAnswer = false;
  let offset = 0;
  for (const line of text.split('\n')) {
    const lineStart = offset;
    offset += line.length + 1;
    if (line.startsWith('The Dermatologist:')) inAnswer = false;
    if (line.startsWith('Dr Song:')) inAnswer = true;
    if (!inAnswer || line.trim() === '') continue;
    const body = line.replace(/^Dr Song: /, '');
    let cursor = lineStart + (line.length - body.length);
    for (const piece of body.split(/(?<=[.?!])\s+/)) {
      const start = text.indexOf(piece, cursor);
      sentences.push({ text: piece, start });
      cursor = start + piece.length;
    }
  }
  return sentences;
}

/** Marks every character of the text that some quote (any occurrence of it) covers. */
export function quotedMask(quotes: string[], text: string = interview): boolean[] {
  const mask: boolean[] = new Array<boolean>(text.length).fill(false);
  for (const quote of quotes) {
    for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
      mask.fill(true, at, at + quote.length);
    }
  }
  return mask;
}

const classById = new Map(dataset.classes.map((c) => [c.id, c]));

/** A class id and all its ancestors (parent, grandparent, …). */
export function withAncestors(classId: string): string[] {
  const ids: string[] = [];
  for (let id: string | undefined = classId; id && !ids.includes(id);) {
    ids.push(id);
    id = classById.get(id)?.parent;
  }
  return ids;
}

export const allQuotes = dataset.notes.flatMap((n) => n.quotes.map((q) => ({ id: n.id, q })));

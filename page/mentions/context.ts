/**
 * What the report says about a drug besides its count: the names it was found under and the
 * text around its first mention, both cleaned and capped so that a hostile or huge page cannot
 * put more than a line of text per drug into a message or an export.
 */
import { MAX_CONTEXT_LENGTH, MAX_FORM_LENGTH } from '@/core/report';

/** Soft hyphens and zero-width characters: the matcher reads through them, a reader never sees them. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

/** Invisible characters dropped and every run of whitespace made one space. */
function collapse(text: string): string {
  return text.replace(INVISIBLE, '').replace(/\s+/g, ' ');
}

/** A surface form as the report lists it: cleaned, at most {@link MAX_FORM_LENGTH} chars. */
export function reportForm(surface: string): string {
  return collapse(surface).trim().slice(0, MAX_FORM_LENGTH);
}

/** How far the raw window reaches before the mention (at least), and at most how far in all. */
const BEFORE = 70;
const WINDOW = MAX_CONTEXT_LENGTH * 2;

/**
 * The text around `text.slice(start, end)` within its block `[from, to)`: about
 * {@link BEFORE} characters before it (more when the block ends soon after), then the rest up to
 * {@link MAX_CONTEXT_LENGTH}, cut at a word boundary where one is near, with "…" where text was
 * left out.
 */
export function contextAround(
  text: string,
  start: number,
  end: number,
  from: number,
  to: number,
): string {
  // Near the end of its block a mention gets more of the text before it instead.
  const reach = Math.max(BEFORE, MAX_CONTEXT_LENGTH - 2 - (end - start) - (to - end));
  const lo = Math.max(from, start - reach);
  const hi = Math.min(to, Math.max(end, lo + WINDOW));
  let before = collapse(text.slice(lo, start)).trimStart();
  const mention = collapse(text.slice(start, end));
  let after = collapse(text.slice(end, hi)).trimEnd();
  const cutBefore = lo > from;
  if (cutBefore) before = dropPartialWord(before, 'start');
  // Room for the text after the mention, leaving one character for each "…".
  const room = MAX_CONTEXT_LENGTH - 2 - before.length - mention.length;
  let cutAfter = hi < to;
  if (after.length > room) {
    after = dropPartialWord(after.slice(0, Math.max(0, room)), 'end');
    cutAfter = true;
  }
  const body = `${before}${mention}${after}`.replace(/ {2,}/g, ' ').trim();
  return `${cutBefore ? '…' : ''}${body}${cutAfter ? '…' : ''}`.slice(0, MAX_CONTEXT_LENGTH);
}

/** Drops the cut word at one end (when a space is near enough), keeping the separating space. */
function dropPartialWord(text: string, end: 'start' | 'end'): string {
  if (end === 'start') {
    const space = text.indexOf(' ');
    return space >= 0 && space < 20 ? text.slice(space) : text;
  }
  const space = text.lastIndexOf(' ');
  return space >= 0 && text.length - space < 20 ? text.slice(0, space + 1) : text;
}

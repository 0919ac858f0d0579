/**
 * Escaping for the text formats JAK Lens writes (Markdown, CSV). Page text is untrusted: a
 * heading, link, image or HTML tag in it must arrive as the characters it is, and a CSV cell must
 * never become a spreadsheet formula. Pure string functions.
 */

/** Every run of whitespace (line breaks included) as one space, trimmed. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * `text` as Markdown inline text that renders as exactly these characters (CommonMark and GFM):
 * on one line, with every character that could start markup escaped (emphasis, code, links and
 * images, HTML tags and entities, table pipes, strikethrough, autolinks, bare web addresses), and,
 * unless `atLineStart` is false (text placed after other text), a start that would open a block
 * (heading, list, thematic break) escaped too.
 */
export function escapeMarkdown(text: string, atLineStart = true): string {
  const inline = oneLine(text)
    .replace(/[\\`*_[\]<>|~]|&(?=#?\w+;)/g, '\\$&')
    // GFM links bare addresses ("https://…", "www.…") by itself: an escape breaks the pattern.
    .replace(/\b(https?|ftp)(?=:)/gi, '$1\\')
    .replace(/\b(www)(?=\.)/gi, '$1\\');
  if (!atLineStart) return inline;
  return inline.replace(/^(?:[-+=#]|\d+(?=[.)]))/, (lead) =>
    /\d/.test(lead) ? `${lead}\\` : `\\${lead}`,
  );
}

/** A web address as a Markdown autolink (`<https://…>`); characters that would end it encoded. */
export function markdownLink(url: string): string {
  return `<${url.replace(/[<>\s]/g, (c) => encodeURIComponent(c))}>`;
}

/**
 * Neutralises a spreadsheet formula: a cell starting with `=`, `+`, `-`, `@`, a tab or a carriage
 * return gets a leading apostrophe (OWASP's advice), so "=HYPERLINK(…)" from a page stays text.
 */
export function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** One CSV field (RFC 4180): formula-neutralised, quoted, with quotes doubled. */
export function csvField(value: string | number): string {
  const text = typeof value === 'number' ? String(value) : neutraliseFormula(value);
  return `"${text.replace(/"/g, '""')}"`;
}

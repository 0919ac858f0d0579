/**
 * Citations generated from the dataset's own fields, no citation library: a note's quote with
 * its reference in AMA (11th edition) or Vancouver (NLM's Citing Medicine) style, as plain text
 * or Markdown, and the source as an RIS record or a BibTeX entry. The "accessed" (cited) date is
 * the dataset's as-of date, the day its facts were last checked.
 *
 * Titles are kept as the source gives them: turning them into sentence case would lower proper
 * names the dataset cannot tell apart from ordinary words. Pure functions.
 */
import type { Note, Source } from '@/data/schema';
import { escapeMarkdown, markdownLink, oneLine } from './markup';

export type CitationStyle = 'ama' | 'vancouver';
export type CitationMarkup = 'text' | 'markdown';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

interface DateParts {
  year: string;
  month?: (typeof MONTHS)[number];
  day?: number;
}

/** "2026-12-01", "2026-12" or "2026" in parts; the month a name. */
function dateParts(date: string): DateParts {
  const [year = '', month, day] = date.split('-');
  const name = month === undefined ? undefined : MONTHS[Number(month) - 1];
  return { year, month: name, day: day === undefined || !name ? undefined : Number(day) };
}

/** AMA: "December 1, 2026", "December 2026", "2026". */
function amaDate(date: string): string {
  const { year, month, day } = dateParts(date);
  if (!month) return year;
  return day === undefined ? `${month} ${year}` : `${month} ${day}, ${year}`;
}

/** Vancouver: "2026 Dec 1", "2026 Dec", "2026" (months abbreviated to three letters). */
function vancouverDate(date: string): string {
  const { year, month, day } = dateParts(date);
  if (!month) return year;
  return [year, month.slice(0, 3), day].filter((p) => p !== undefined).join(' ');
}

const HONORIFIC = /^(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx)\.?\s+/;
/** "Davis DMR et al.", "O'Shea JJ": already surname and initials, as both styles write them. */
const SURNAME_INITIALS = /^(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)*) (\p{Lu}{1,4})( et al\.?)?$/u;

/** A source's author: a person (surname, initials, given names when known) or an organisation. */
type Author =
  | { person: true; surname: string; initials: string; given?: string; etAl: boolean }
  | { person: false; name: string };

/**
 * Reads the dataset's author field: "Davis DMR et al." (surname and initials already), "Dr
 * Eingun James Song" (a title, given names, surname); anything else (an agency, a web site) is
 * an organisation, written as it is.
 */
function parseAuthor(author: string): Author {
  const text = oneLine(author);
  const listed = SURNAME_INITIALS.exec(text);
  if (listed) {
    return {
      person: true,
      surname: listed[1]!,
      initials: listed[2]!,
      etAl: listed[3] !== undefined,
    };
  }
  if (HONORIFIC.test(text)) {
    const words = text.replace(HONORIFIC, '').split(' ');
    const surname = words.pop() ?? '';
    const initials = words.map((w) => w.charAt(0).toUpperCase()).join('');
    return { person: true, surname, initials, given: words.join(' ') || undefined, etAl: false };
  }
  return { person: false, name: text };
}

/** AMA and Vancouver: "Song EJ", "Davis DMR, et al", "US Food and Drug Administration". */
function citedAuthor(author: Author): string {
  if (!author.person) return author.name;
  const name = author.initials ? `${author.surname} ${author.initials}` : author.surname;
  return author.etAl ? `${name}, et al` : name;
}

/** RIS and BibTeX: "Song, Eingun James", "Davis, DMR", or the organisation. */
function invertedAuthor(author: Author): string {
  if (!author.person) return author.name;
  const first = author.given ?? author.initials;
  return first ? `${author.surname}, ${first}` : author.surname;
}

/** Ends `text` with a full stop unless it already ends a sentence. */
function sentence(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`;
}

/** One part of a reference; `after` follows an italic part outside the emphasis. */
type Part = { text: string; italic?: boolean; after?: string } | { url: string };

function render(parts: readonly Part[], markup: CitationMarkup): string {
  return parts
    .map((part, i) => {
      if ('url' in part) return markup === 'markdown' ? markdownLink(part.url) : part.url;
      const after = part.after ?? '';
      if (markup === 'text') return part.text + after;
      const text = escapeMarkdown(part.text, i === 0);
      return part.italic ? `*${text}*${escapeMarkdown(after, false)}` : text + after;
    })
    .join(' ');
}

/** The reference for `source` in `style`; `accessed` is the dataset's as-of date (YYYY-MM-DD). */
function referenceParts(source: Source, accessed: string, style: CitationStyle): Part[] {
  const author = sentence(citedAuthor(parseAuthor(source.author)));
  const title = sentence(oneLine(source.title));
  const publication = oneLine(source.publication);
  const url: Part[] = source.url ? [{ url: source.url }] : [];
  if (style === 'ama') {
    const published = source.date?.includes('-')
      ? `Published ${amaDate(source.date)}.`
      : `${source.date ?? source.year}.`;
    // AMA cites an article with a DOI by the DOI alone, without an access date.
    const doi = doiOf(source.url);
    return [
      { text: author },
      { text: title },
      { text: publication, italic: true, after: sentence(publication).slice(publication.length) },
      { text: published },
      ...(doi ? [{ text: `doi:${doi}` }] : [{ text: `Accessed ${amaDate(accessed)}.` }, ...url]),
    ];
  }
  const published = vancouverDate(source.date ?? String(source.year));
  return [
    { text: author },
    { text: title },
    { text: `${publication} [Internet].` },
    { text: `${published} [cited ${vancouverDate(accessed)}].` },
    ...(source.url ? [{ text: 'Available from:' }, ...url] : []),
  ];
}

/** The reference alone, e.g. "Song EJ. JAK Inhibitors … The Dermatologist. 2025. Accessed …". */
export function formatReference(
  source: Source,
  accessed: string,
  style: CitationStyle,
  markup: CitationMarkup = 'text',
): string {
  return render(referenceParts(source, accessed, style), markup);
}

/**
 * "Copy quote with citation": the note's quotes (joined by " … "), where in the source they are,
 * then the reference. In Markdown the quote is a block quote and the reference its own paragraph.
 * A note whose source is unknown is cited by its source id.
 */
export function quoteWithCitation(
  note: Note,
  source: Source | undefined,
  accessed: string,
  style: CitationStyle,
  markup: CitationMarkup,
): string {
  const quote = note.quotes.map((q) => `“${oneLine(q)}”`).join(' … ');
  const locator = `(${oneLine(note.locator)})`;
  const reference = source
    ? formatReference(source, accessed, style, markup)
    : markup === 'markdown'
      ? escapeMarkdown(note.sourceId)
      : note.sourceId;
  if (markup === 'text') return `${quote} ${locator}\n${reference}`;
  return `> ${escapeMarkdown(`${quote} ${locator}`)}\n\n${reference}`;
}

/** RIS reference types by source kind. */
const RIS_TYPES: Record<Source['kind'], string> = {
  interview: 'MGZN',
  reference: 'JOUR',
  label: 'ELEC',
  regulator: 'GOVDOC',
  press: 'NEWS',
  registry: 'ELEC',
};

/** A DOI from a doi.org address, for the records' DOI fields. */
function doiOf(url: string | undefined): string | undefined {
  const match = url && /^https?:\/\/(?:dx\.)?doi\.org\/(10\.\S+)$/.exec(url);
  return match ? decodeURIComponent(match[1]!) : undefined;
}

/** RIS date form: "2026/12/01/", "2026/12//", "2026///". */
function risDate(date: string): string {
  const [year, month = '', day = ''] = date.split('-');
  return `${year}/${month}/${day}/`;
}

/**
 * The source as one RIS record for reference managers: CRLF line ends and a closing "ER  - ", as
 * the format is specified. `accessed` fills Y2, the access date.
 */
export function sourceRis(source: Source, accessed: string): string {
  const author = parseAuthor(source.author);
  const doi = doiOf(source.url);
  const lines: [string, string | undefined][] = [
    ['TY', RIS_TYPES[source.kind]],
    ['AU', invertedAuthor(author)],
    ['TI', source.title],
    [source.kind === 'reference' ? 'JO' : 'T2', source.publication],
    ['PB', source.publisher],
    ['PY', String(source.year)],
    ['DA', source.date && risDate(source.date)],
    ['DO', doi],
    ['UR', source.url],
    ['Y2', risDate(accessed)],
    ['N1', author.person && author.etAl ? 'Further authors: et al.' : undefined],
    ['N1', source.attribution],
    ['ER', ''],
  ];
  return lines
    .filter((line): line is [string, string] => line[1] !== undefined)
    .map(([tag, value]) => `${tag}  - ${oneLine(value)}`)
    .join('\r\n')
    .concat('\r\n');
}

/** BibTeX's special characters escaped, so a title with "&" or "%" survives. */
function bibtexText(text: string): string {
  return oneLine(text)
    .replace(/[\\{}]/g, (c) => (c === '\\' ? '\\textbackslash{}' : `\\${c}`))
    .replace(/[&%$#_]/g, '\\$&')
    .replace(/~/g, '\\textasciitilde{}')
    .replace(/\^/g, '\\textasciicircum{}');
}

/**
 * The source as one BibTeX entry keyed by its dataset id: `@article` for journal references and
 * the interview, `@misc` otherwise; an organisation as author is braced so it is not split into
 * names; `urldate` is the access date.
 */
export function sourceBibtex(source: Source, accessed: string): string {
  const author = parseAuthor(source.author);
  const authorField = author.person
    ? `${bibtexText(invertedAuthor(author))}${author.etAl ? ' and others' : ''}`
    : `{${bibtexText(author.name)}}`;
  const isArticle = source.kind === 'reference' || source.kind === 'interview';
  const doi = doiOf(source.url);
  const fields: [string, string | undefined][] = [
    ['author', authorField],
    ['title', `{${bibtexText(source.title)}}`],
    [isArticle ? 'journal' : 'howpublished', bibtexText(source.publication)],
    ['publisher', bibtexText(source.publisher)],
    ['year', String(source.year)],
    ['doi', doi && bibtexText(doi)],
    // A URL goes in as it is: the url package reads it verbatim.
    ['url', source.url?.replace(/[{}\s]/g, encodeURIComponent)],
    ['urldate', accessed],
    ['note', source.attribution && bibtexText(source.attribution)],
  ];
  const body = fields
    .filter((f): f is [string, string] => f[1] !== undefined)
    .map(([name, value]) => `  ${name} = {${value}}`)
    .join(',\n');
  return `@${isArticle ? 'article' : 'misc'}{${source.id},\n${body}\n}\n`;
}

/**
 * The scan CLI's work, apart from argument parsing and printing: read a saved page, text file or
 * PDF, extract the visible text with the page adapter's own collector (PDFs: `scan-pdf.ts`), and
 * run the same matcher. What a file is comes from its bytes first (`%PDF-`, NUL bytes), its name
 * second, so a PDF or an image is never scanned as if it were text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { Window } from 'happy-dom';
import { collectText } from '@/page/text/collect';
import { findMentionsInText } from '@/page/text/find-in-blocks';
import { findMentions } from '@/core/matcher';
import { looksLikePdf, PdfReadError, scanPdf } from './scan-pdf';

export interface ScannedMention {
  /** Lowercase INN (the dataset's drug id). */
  drug: string;
  /** Exactly `text.slice(start, end)` of the extracted text (soft hyphens included). */
  text: string;
  /** PDFs only: the 1-based page, and `start`/`end` are offsets in that page's text. */
  page?: number;
  start: number;
  end: number;
  /** A misspelling (the fuzzy rule): the form it is one edit from, e.g. "Dupixent". */
  didYouMean?: string;
}

export interface ScannedFile {
  file: string;
  mentions: ScannedMention[];
}

/** What a directory argument expands to: these extensions, at any depth. */
const SCANNED_IN_DIRECTORIES = new Set(['.html', '.htm', '.txt', '.pdf']);

/**
 * The files under `dir` the CLI scans, sorted by path so runs are comparable. Symbolic links to
 * directories are not followed (no loops); hidden entries are scanned like any other.
 */
export function filesInDirectory(dir: string): string[] {
  const found: string[] = [];
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...filesInDirectory(path));
    else if (SCANNED_IN_DIRECTORIES.has(extname(entry.name).toLowerCase())) found.push(path);
  }
  return found;
}

/** A file we could not read or make sense of; the message is for people. */
export class ScanError extends Error {}

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml', '.shtml']);
const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.md']);
const LOOKS_LIKE_HTML = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<!--)/i;
const HTML_TAG = /<(?:p|div|span|table|br|h[1-6]|ul|ol|li|a|b|i|em|strong|section|article)[\s/>]/i;

/** HTML by extension; for other names, by a look at the start of the text. */
export function isHtml(file: string, source: string): boolean {
  const ext = extname(file).toLowerCase();
  if (HTML_EXTENSIONS.has(ext)) return true;
  if (TEXT_EXTENSIONS.has(ext)) return false;
  const head = source.slice(0, 1024);
  return LOOKS_LIKE_HTML.test(head) || (head.trimStart().startsWith('<') && HTML_TAG.test(head));
}

/**
 * Bytes to text the way a browser would for a saved page: a BOM or a declared charset wins,
 * else UTF-8. Undeclared bytes that are not UTF-8 are windows-1252 for HTML (the web's default)
 * and an error for anything else (most likely a binary file).
 */
export function decode(bytes: Uint8Array, html: boolean): string {
  const bom = bomEncoding(bytes);
  if (bom !== undefined) return new TextDecoder(bom).decode(bytes);
  if (bytes.includes(0)) throw new ScanError('looks like a binary file (contains NUL bytes)');
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const declared = html ? /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1] : undefined;
  if (declared !== undefined) {
    try {
      return new TextDecoder(declared).decode(bytes);
    } catch {
      throw new ScanError(`declares an unknown charset "${declared}"`);
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    if (html) return new TextDecoder('windows-1252').decode(bytes);
    throw new ScanError('is not UTF-8 text');
  }
}

function bomEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/**
 * What the CLI matches: the extension's default settings, misspellings included (the
 * `fuzzyMatching` setting), so a baseline is what a reader sees with the add-on as installed.
 */
const MATCH = { fuzzy: true } as const;

/** Reuses one happy-dom window for every file; scripts, styles and frames never load. */
export class FileScanner {
  private window: Window | null = null;

  /** Visible body text of an HTML document: no title, head, script, style or comments. */
  htmlText(source: string): ReturnType<typeof collectText> {
    this.window ??= new Window({
      console: silentConsole,
      settings: { disableJavaScriptFileLoading: true, disableComputedStyleRendering: true },
    });
    const parser = new this.window.DOMParser();
    const doc = parser.parseFromString(source, 'text/html') as unknown as Document;
    return collectText(doc.body ?? doc.documentElement);
  }

  scanSource(file: string, source: string): ScannedFile {
    if (!isHtml(file, source)) {
      return { file, mentions: toScanned(source, findMentions(source, MATCH)) };
    }
    const collected = this.htmlText(source);
    return { file, mentions: toScanned(collected.text, findMentionsInText(collected, MATCH)) };
  }

  /** Reads and scans one file; throws ScanError with a readable reason. */
  async scanFile(file: string): Promise<ScannedFile> {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const reason =
        code === 'ENOENT'
          ? 'no such file'
          : code === 'EISDIR'
            ? 'is a directory'
            : code === 'EACCES'
              ? 'permission denied'
              : (error as Error).message;
      throw new ScanError(reason);
    }
    if (looksLikePdf(bytes)) return { file, mentions: await this.scanPdfBytes(bytes) };
    if (extname(file).toLowerCase() === '.pdf') {
      throw new ScanError('is named .pdf but is not a PDF (no %PDF- header)');
    }
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
    const source = decode(bytes, isHtml(file, head));
    try {
      return this.scanSource(file, source);
    } catch (error) {
      throw new ScanError(`could not be parsed: ${(error as Error).message}`);
    }
  }

  private async scanPdfBytes(bytes: Uint8Array): Promise<ScannedMention[]> {
    try {
      return await scanPdf(bytes);
    } catch (error) {
      if (error instanceof PdfReadError) throw new ScanError(error.message);
      throw error;
    }
  }

  async close(): Promise<void> {
    await this.window?.happyDOM.close();
    this.window = null;
  }
}

function toScanned(
  text: string,
  mentions: readonly { start: number; end: number; drugId: string; fuzzy?: string }[],
): ScannedMention[] {
  return mentions.map((m) => {
    const scanned: ScannedMention = {
      drug: m.drugId,
      text: text.slice(m.start, m.end),
      start: m.start,
      end: m.end,
    };
    if (m.fuzzy !== undefined) scanned.didYouMean = m.fuzzy;
    return scanned;
  });
}

/** happy-dom reports disabled iframe/script loading on its console; the CLI keeps stderr for us. */
const silentConsole = new Proxy(console, { get: () => () => undefined });

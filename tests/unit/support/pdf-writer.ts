/**
 * A tiny PDF writer for tests, so every PDF fixture is generated from readable source in the
 * test itself (no binary fixtures nobody can regenerate). It writes what PDF.js needs to give
 * text items: one uncompressed content stream per page, each text run in its own `BT … ET` at
 * an absolute position in Helvetica (a standard font, WinAnsi), optional image-only pages (the
 * shape of a scanned page: an image and no text), and the standard security handler (RC4,
 * revision 2) for password-protected files. Real-world tooling (qpdf) is used on top of this
 * where a test needs a modern encryption.
 */
import { createHash } from 'node:crypto';

/** One run of text: `x`, `y` in points from the page's bottom-left corner. */
export interface PdfTextRun {
  x: number;
  y: number;
  text: string;
  /** Font size in points; 11 by default. */
  size?: number;
}

export interface PdfPageSpec {
  texts?: readonly PdfTextRun[];
  /** Draws a grey image over most of the page (a scanned page has only this). */
  image?: boolean;
}

export interface PdfOptions {
  /** Encrypts the document (RC4 40-bit, revision 2) so it opens only with this password. */
  userPassword?: string;
}

const PAGE_WIDTH = 612;
const PAGE_HEIGHT = 792;

/** Bytes of a PDF with these pages (US Letter). */
export function writePdf(pages: readonly PdfPageSpec[], options: PdfOptions = {}): Uint8Array {
  const id = createHash('md5').update(JSON.stringify(pages)).digest();
  const security =
    options.userPassword === undefined ? undefined : standardSecurity(options.userPassword, id);
  const objects: Uint8Array[] = [];
  const font = 3;
  const image = 4;
  const firstPage = 5;
  const kids = pages.map((_, i) => `${firstPage + 2 * i} 0 R`).join(' ');
  objects.push(latin1('<< /Type /Catalog /Pages 2 0 R >>'));
  objects.push(latin1(`<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`));
  objects.push(
    latin1('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'),
  );
  const pixels = new Uint8Array(16).fill(0x99);
  objects.push(
    stream(
      '/Type /XObject /Subtype /Image /Width 4 /Height 4 /ColorSpace /DeviceGray /BitsPerComponent 8',
      pixels,
      security?.objectKey(image),
    ),
  );
  pages.forEach((page, i) => {
    const pageObject = firstPage + 2 * i;
    objects.push(
      latin1(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}] ` +
          `/Resources << /Font << /F1 ${font} 0 R >> /XObject << /Im1 ${image} 0 R >> >> ` +
          `/Contents ${pageObject + 1} 0 R >>`,
      ),
    );
    objects.push(stream('', latin1(contentOf(page)), security?.objectKey(pageObject + 1)));
  });
  if (security) objects.push(latin1(security.dictionary));

  const chunks: Uint8Array[] = [latin1('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')];
  let length = chunks[0]?.length ?? 0;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(length);
    for (const part of [latin1(`${i + 1} 0 obj\n`), body, latin1('\nendobj\n')]) {
      chunks.push(part);
      length += part.length;
    }
  });
  const xref = [
    'xref',
    `0 ${objects.length + 1}`,
    '0000000000 65535 f ',
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n `),
  ].join('\n');
  const hexId = id.toString('hex');
  const encrypt = security ? ` /Encrypt ${objects.length} 0 R` : '';
  chunks.push(
    latin1(
      `${xref}\ntrailer\n<< /Size ${objects.length + 1} /Root 1 0 R${encrypt} ` +
        `/ID [<${hexId}> <${hexId}>] >>\nstartxref\n${length}\n%%EOF\n`,
    ),
  );
  return concat(chunks);
}

function contentOf(page: PdfPageSpec): string {
  const ops: string[] = [];
  if (page.image) ops.push(`q ${PAGE_WIDTH - 100} 0 0 ${PAGE_HEIGHT - 100} 50 50 cm /Im1 Do Q`);
  for (const run of page.texts ?? []) {
    ops.push(
      `BT /F1 ${run.size ?? 11} Tf 1 0 0 1 ${run.x} ${run.y} Tm (${escape(run.text)}) Tj ET`,
    );
  }
  return ops.join('\n');
}

function escape(text: string): string {
  for (const c of text) {
    if (c.charCodeAt(0) > 0xff) throw new Error(`pdf-writer: "${c}" is not in WinAnsi/latin-1`);
  }
  return text.replace(/[\\()]/g, (c) => `\\${c}`);
}

function stream(dictionary: string, data: Uint8Array, key?: Uint8Array): Uint8Array {
  const body = key ? rc4(key, data) : data;
  return concat([
    latin1(`<< ${dictionary} /Length ${body.length} >>\nstream\n`),
    body,
    latin1('\nendstream'),
  ]);
}

/** PDF 1.7 §7.6.3.3, the 32-byte padding of every password. */
const PAD = Uint8Array.from([
  0x28, 0xbf, 0x4e, 0x5e, 0x4e, 0x75, 0x8a, 0x41, 0x64, 0x00, 0x4e, 0x56, 0xff, 0xfa, 0x01, 0x08,
  0x2e, 0x2e, 0x00, 0xb6, 0xd0, 0x68, 0x3e, 0x80, 0x2f, 0x0c, 0xa9, 0xfe, 0x64, 0x53, 0x69, 0x7a,
]);

/** Standard security handler, revision 2 (algorithms 2, 3 and 4 of PDF 1.7 §7.6.3). */
function standardSecurity(userPassword: string, id: Uint8Array) {
  const padded = (password: string) => concat([latin1(password), PAD]).subarray(0, 32);
  const md5 = (...parts: Uint8Array[]) => {
    const hash = createHash('md5');
    for (const part of parts) hash.update(part);
    return new Uint8Array(hash.digest());
  };
  const ownerKey = md5(padded(`${userPassword}-owner`)).subarray(0, 5);
  const o = rc4(ownerKey, padded(userPassword));
  const permissions = -4; // all permissions
  const p = new Uint8Array(new Int32Array([permissions]).buffer);
  const key = md5(padded(userPassword), o, p, id).subarray(0, 5);
  const u = rc4(key, PAD);
  const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
  return {
    dictionary: `<< /Filter /Standard /V 1 /R 2 /O <${hex(o)}> /U <${hex(u)}> /P ${permissions} >>`,
    objectKey: (objectNumber: number) =>
      md5(
        key,
        Uint8Array.from([
          objectNumber & 0xff,
          (objectNumber >> 8) & 0xff,
          objectNumber >> 16,
          0,
          0,
        ]),
      ).subarray(0, 10),
  };
}

function rc4(key: Uint8Array, data: Uint8Array): Uint8Array {
  // Plain number arrays: indexes are always in range, so the lookups are typed as numbers.
  const s = Array.from({ length: 256 }, (_, i) => i);
  const at = (i: number) => s[i & 0xff] as number;
  const swap = (i: number, j: number) => {
    const t = at(i);
    s[i] = at(j);
    s[j] = t;
  };
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + at(i) + (key[i % key.length] as number)) & 0xff;
    swap(i, j);
  }
  const out = new Uint8Array(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 0xff;
    j = (j + at(i)) & 0xff;
    swap(i, j);
    out[n] = (data[n] as number) ^ at(at(i) + at(j));
  }
  return out;
}

function latin1(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => c.charCodeAt(0));
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

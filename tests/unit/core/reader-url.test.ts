import { describe, expect, test } from 'vitest';
import { originPattern, readerSourceOf, readerUrl } from '@/core/reader-url';

describe('readerSourceOf', () => {
  test('reads an http(s) PDF URL back from the URL the extension built', () => {
    const pdf = 'https://example.org/formulary 2025.pdf?plan=a&year=2025#page=3';
    const search = new URL(readerUrl('chrome-extension://id/reader.html', pdf)).search;
    expect(readerSourceOf(search)).toEqual({ kind: 'url', url: new URL(pdf).href });
  });

  test('asks for nothing when there is no file parameter, or an empty one', () => {
    expect(readerSourceOf('')).toEqual({ kind: 'none' });
    expect(readerSourceOf('?file=')).toEqual({ kind: 'none' });
  });

  test('tells a local file: URL apart, and refuses other schemes and non-URLs', () => {
    expect(readerSourceOf('?file=file%3A%2F%2F%2Fhome%2Fa.pdf')).toEqual({
      kind: 'local-file',
      url: 'file:///home/a.pdf',
    });
    for (const value of [
      'javascript:alert(1)',
      'data:application/pdf;base64,JVBERi0=',
      'not a url',
    ]) {
      expect(readerSourceOf(`?file=${encodeURIComponent(value)}`)).toEqual({
        kind: 'unsupported',
        value,
      });
    }
  });
});

describe('originPattern', () => {
  test('is the origin of the PDF with a path wildcard', () => {
    expect(originPattern('https://docs.example.org:8443/a/b.pdf?x=1')).toBe(
      'https://docs.example.org:8443/*',
    );
  });
});

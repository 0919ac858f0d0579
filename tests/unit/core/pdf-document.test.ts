import { describe, expect, test } from 'vitest';
import { hasPdfPath, isPdfDocument } from '@/core/pdf-document';

describe('isPdfDocument', () => {
  test.each([
    ['application/pdf', 'https://example.com/download?id=7', true],
    ['application/PDF; charset=binary', 'https://example.com/x', true],
    ['text/html', 'https://example.com/label.pdf', false],
    ['image/svg+xml', 'https://example.com/a.pdf', false],
  ])('a known content type decides (%s on %s)', (type, url, expected) => {
    expect(isPdfDocument(type, url)).toBe(expected);
  });

  test.each([
    ['https://example.com/formulary.pdf', true],
    ['http://example.com/docs/LABEL.PDF?download=1#page=3', true],
    ['https://example.com/pdf', false],
    ['https://example.com/download?file=a.pdf', false],
    ['https://example.com/a.pdf/', false],
    ['file:///home/me/a.pdf', false],
    ['not a url', false],
  ])('without a content type, the URL path decides (%s)', (url, expected) => {
    expect(isPdfDocument(undefined, url)).toBe(expected);
    expect(hasPdfPath(url)).toBe(expected);
  });
});

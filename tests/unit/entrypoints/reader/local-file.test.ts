import { describe, expect, test } from 'vitest';
import { localFilePlan } from '@/entrypoints/reader/local-file';

describe('a file: URL in the reader', () => {
  test('opens in Chrome once the user allowed access to file URLs', () => {
    expect(localFilePlan(false, true)).toBe('open');
  });

  test('in Chrome without that, explains where to allow it', () => {
    expect(localFilePlan(false, false)).toBe('explain-chrome');
  });

  test('in Firefox, offers only the picker: extension pages cannot read file: URLs', () => {
    expect(localFilePlan(true, false)).toBe('picker-only');
    expect(localFilePlan(true, true)).toBe('picker-only');
  });
});

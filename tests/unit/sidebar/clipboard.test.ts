import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { copyText } from '@/sidebar/clipboard';

let host: HTMLElement;
let shadow: ShadowRoot;

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  shadow = host.attachShadow({ mode: 'closed' });
});

afterEach(() => {
  host.remove();
  vi.unstubAllGlobals();
  Reflect.deleteProperty(document, 'execCommand');
});

/** Replaces the page's async clipboard (undefined: a plain http page, where there is none). */
function stubClipboard(clipboard: Partial<Clipboard> | undefined): void {
  Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
}

/** Stubs `document.execCommand`, recording what was selected in which root when it ran. */
function stubCommand(result: boolean | Error) {
  const seen: { command: string; selected: string | undefined; inShadow: boolean }[] = [];
  Object.defineProperty(document, 'execCommand', {
    configurable: true,
    value: vi.fn((command: string) => {
      const area = shadow.querySelector('textarea') ?? document.body.querySelector('textarea');
      seen.push({
        command,
        selected: area?.value.slice(area.selectionStart, area.selectionEnd),
        inShadow: area?.getRootNode() === shadow,
      });
      if (result instanceof Error) throw result;
      return result;
    }),
  });
  return seen;
}

describe('copyText', () => {
  test('uses the async clipboard where there is one', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    stubClipboard({ writeText });
    const seen = stubCommand(true);
    expect(await copyText('Song EJ.', shadow)).toBe(true);
    expect(writeText).toHaveBeenCalledWith('Song EJ.');
    expect(seen).toEqual([]);
  });

  test('without the async clipboard (plain http), copies from a hidden textarea in our shadow root', async () => {
    stubClipboard(undefined);
    const seen = stubCommand(true);
    const button = shadow.appendChild(document.createElement('button'));
    button.focus();
    expect(await copyText('line 1\nline 2', shadow)).toBe(true);
    expect(seen).toEqual([{ command: 'copy', selected: 'line 1\nline 2', inShadow: true }]);
    expect(shadow.querySelector('textarea')).toBeNull();
    expect(document.querySelector('textarea')).toBeNull();
    expect(shadow.activeElement).toBe(button);
  });

  test('falls back when the async clipboard refuses', async () => {
    stubClipboard({
      writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')),
    });
    const seen = stubCommand(true);
    expect(await copyText('x', shadow)).toBe(true);
    expect(seen).toHaveLength(1);
  });

  test('says false when neither way copies, and leaves nothing behind', async () => {
    stubClipboard(undefined);
    stubCommand(false);
    expect(await copyText('x', shadow)).toBe(false);
    stubCommand(new Error('not allowed'));
    expect(await copyText('x', shadow)).toBe(false);
    expect(shadow.querySelector('textarea')).toBeNull();
  });

  test('with a document as root, the textarea goes in its body', async () => {
    stubClipboard(undefined);
    const seen = stubCommand(true);
    expect(await copyText('x', document)).toBe(true);
    expect(seen).toEqual([{ command: 'copy', selected: 'x', inShadow: false }]);
    expect(document.querySelector('textarea')).toBeNull();
  });
});

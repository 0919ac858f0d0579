import { describe, expect, test } from 'vitest';
import { isToggleShortcut } from '@/sidebar/shortcut';

describe('isToggleShortcut', () => {
  const key = (init: Partial<KeyboardEvent>) =>
    ({
      altKey: false,
      shiftKey: false,
      ctrlKey: false,
      metaKey: false,
      code: '',
      key: '',
      ...init,
    }) as KeyboardEvent;
  test.each([
    ['Alt+Shift+J', key({ altKey: true, shiftKey: true, code: 'KeyJ', key: 'J' }), true],
    [
      'Alt+Shift+J on macOS (Ô)',
      key({ altKey: true, shiftKey: true, code: 'KeyJ', key: 'Ô' }),
      true,
    ],
    ['Alt+J', key({ altKey: true, code: 'KeyJ', key: 'j' }), false],
    [
      'Ctrl+Alt+Shift+J',
      key({ altKey: true, shiftKey: true, ctrlKey: true, code: 'KeyJ', key: 'J' }),
      false,
    ],
    ['Alt+Shift+K', key({ altKey: true, shiftKey: true, code: 'KeyK', key: 'K' }), false],
  ])('%s → %s', (_name, event, expected) => {
    expect(isToggleShortcut(event)).toBe(expected);
  });
});

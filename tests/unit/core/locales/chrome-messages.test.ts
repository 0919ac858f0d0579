import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { TRANSLATIONS } from '@/core/locale';
import {
  chromeMessages,
  LOCALE_DIRS,
  messageKey,
  messagesFile,
} from '@/core/locales/chrome-messages';
import type { Translation } from '@/core/locales/translation';

const table = (value: object) => value as unknown as Translation;

describe('chromeMessages', () => {
  test('flattens nested groups, hyphens and plural forms into Chrome-safe keys', () => {
    expect(messageKey(['tabs', 'page'])).toBe('tabs_page');
    expect(messageKey(['topics', 'patient-selection'])).toBe('topics_patient_selection');
    expect(messageKey(['mentions', 'one'])).toBe('mentions_one');
    const keys = Object.keys(chromeMessages(TRANSLATIONS.fr, TRANSLATIONS.en));
    expect(keys.filter((key) => !/^[A-Za-z0-9_]+$/.test(key))).toEqual([]);
    expect(keys).toContain('mentions_many');
  });

  test('turns {name} into $NAME$ with a placeholder numbered as English names it', () => {
    const english = table({ m: 'Mention {i} of {n}' });
    const german = table({ m: '{n}: Erwähnung {i}' });
    expect(chromeMessages(german, english)).toEqual({
      m: {
        message: '$N$: Erwähnung $I$',
        placeholders: { i: { content: '$1' }, n: { content: '$2' } },
      },
    });
  });

  test('numbers an extra plural form’s placeholders like English "other"', () => {
    const english = table({ p: { one: '{n} page', other: '{n} pages' } });
    const french = table({ p: { one: '{n} page', many: '{n} de pages', other: '{n} pages' } });
    expect(chromeMessages(french, english)['p_many']).toEqual({
      message: '$N$ de pages',
      placeholders: { n: { content: '$1' } },
    });
  });

  test('escapes a literal $ and leaves the context menu’s %s alone', () => {
    const english = table({ a: 'Costs $5', b: 'Look up ‘%s’' });
    expect(chromeMessages(english, english)).toEqual({
      a: { message: 'Costs $$5' },
      b: { message: 'Look up ‘%s’' },
    });
  });

  test('refuses two paths that meet in one key (Chrome ignores case)', () => {
    const clash = table({ tabs: { page: 'x' }, tabs_Page: 'y' });
    expect(() => chromeMessages(clash, clash)).toThrow(/one key/);
  });
});

describe('public/_locales', () => {
  test.each(Object.entries(LOCALE_DIRS))(
    '%s/messages.json is what npm run gen:locales makes from the %s table',
    (dir, lang) => {
      const committed = readFileSync(`public/_locales/${dir}/messages.json`, 'utf8');
      expect(committed).toBe(messagesFile(chromeMessages(TRANSLATIONS[lang], TRANSLATIONS.en)));
    },
  );

  test('every locale has the manifest’s name, description and command description', () => {
    for (const lang of Object.values(LOCALE_DIRS)) {
      const messages = chromeMessages(TRANSLATIONS[lang], TRANSLATIONS.en);
      expect(messages.extensionName?.message).toBe('JAK Lens');
      expect(messages.extensionDescription?.message.length).toBeLessThanOrEqual(132);
      expect(messages.commandToggleSidebar?.message).toBeTruthy();
    }
  });
});

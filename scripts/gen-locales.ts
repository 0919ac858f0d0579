/**
 * Regenerates public/_locales/<dir>/messages.json from the string tables (`npm run gen:locales`):
 * English from core/strings.ts, the others from core/locales/. The files are committed, so a
 * change to any string shows in review, and a unit test fails while they are stale.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { TRANSLATIONS } from '@/core/locale';
import { chromeMessages, LOCALE_DIRS, messagesFile } from '@/core/locales/chrome-messages';

for (const [dir, lang] of Object.entries(LOCALE_DIRS)) {
  const folder = new URL(`../public/_locales/${dir}/`, import.meta.url);
  const target = new URL('messages.json', folder);
  const next = messagesFile(chromeMessages(TRANSLATIONS[lang], TRANSLATIONS.en));
  let previous = '';
  try {
    previous = readFileSync(target, 'utf8');
  } catch {
    // First run: nothing to compare with.
  }
  if (previous === next) {
    console.log(`public/_locales/${dir}/messages.json is up to date`);
  } else {
    mkdirSync(folder, { recursive: true });
    writeFileSync(target, next);
    console.log(`wrote public/_locales/${dir}/messages.json`);
  }
}

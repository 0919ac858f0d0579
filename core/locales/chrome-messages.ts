/**
 * The browser's `_locales/<dir>/messages.json` from a string table (scripts/gen-locales.ts writes
 * them; a unit test keeps the committed files equal to this). The browser uses them only for
 * the manifest (name, description, command description); the interface itself reads the
 * chosen table at run time (core/locale.ts), since `i18n.getMessage` cannot switch language.
 *
 * Keys: the table's path, each segment with anything outside [A-Za-z0-9] turned into "_",
 * joined by "_" (`tabs.page` → `tabs_page`, `topics.patient-selection` →
 * `topics_patient_selection`, plural `mentions.one` → `mentions_one`). Chrome compares keys
 * case-insensitively, so two paths that would meet are an error. `{name}` becomes `$NAME$` with
 * a `placeholders` entry; the placeholders are numbered in the order the English message names
 * them, so `$1` means the same in every language. A literal `$` is written `$$`.
 */
import type { UiLanguage } from '../languages';
import type { Translation } from './translation';

interface ChromeMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

export type ChromeMessages = Record<string, ChromeMessage>;

/**
 * The `_locales` folders and the table each is made from. Chrome knows Portuguese only as
 * pt_BR and pt_PT (a plain "pt" folder is skipped), so the one Portuguese table fills both.
 */
export const LOCALE_DIRS = {
  en: 'en',
  de: 'de',
  es: 'es',
  fr: 'fr',
  pt_BR: 'pt',
  pt_PT: 'pt',
} as const satisfies Record<string, UiLanguage>;

const TOKEN = /\{(\w+)\}/g;

/** The `{token}` names of a template, in order of first appearance. */
export function placeholderNames(template: string): string[] {
  return [...new Set([...template.matchAll(TOKEN)].map((m) => m[1] ?? ''))];
}

/** Every message of a table as [path, template], depth first in the table's order. */
export function flattenTable(table: object, path: readonly string[] = []): [string[], string][] {
  return Object.entries(table).flatMap(([key, value]): [string[], string][] =>
    typeof value === 'string'
      ? [[[...path, key], value]]
      : flattenTable(value as object, [...path, key]),
  );
}

/** The Chrome message key of a table path (see the module comment). */
export function messageKey(path: readonly string[]): string {
  return path.map((segment) => segment.replace(/[^A-Za-z0-9]/g, '_')).join('_');
}

function englishTemplate(english: Map<string, string>, path: readonly string[]): string {
  // A plural form English lacks (French "many") is numbered like English "other".
  return (
    english.get(path.join('.')) ?? english.get([...path.slice(0, -1), 'other'].join('.')) ?? ''
  );
}

/** The messages.json object of `table`, placeholders numbered as in `englishTable`. */
export function chromeMessages(table: Translation, englishTable: Translation): ChromeMessages {
  const english = new Map(flattenTable(englishTable).map(([path, t]) => [path.join('.'), t]));
  const messages: ChromeMessages = {};
  const seen = new Map<string, string>();
  for (const [path, template] of flattenTable(table)) {
    const key = messageKey(path);
    const folded = key.toLowerCase();
    const previous = seen.get(folded);
    if (previous !== undefined) throw new Error(`${path.join('.')} and ${previous} give one key`);
    seen.set(folded, path.join('.'));
    const order = placeholderNames(englishTemplate(english, path));
    const message = template
      .replaceAll('$', '$$$$')
      .replace(TOKEN, (whole, name: string) =>
        order.includes(name) ? `$${name.toUpperCase()}$` : whole,
      );
    const entry: ChromeMessage = { message };
    if (order.length > 0) {
      entry.placeholders = Object.fromEntries(
        order.map((name, i) => [name.toLowerCase(), { content: `$${i + 1}` }]),
      );
    }
    messages[key] = entry;
  }
  return messages;
}

/** A messages.json file's text, as committed under public/_locales/. */
export function messagesFile(messages: ChromeMessages): string {
  return `${JSON.stringify(messages, null, 2)}\n`;
}

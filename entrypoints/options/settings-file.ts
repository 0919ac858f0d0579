/**
 * The settings export format and its reader. Unlike {@link parseSettings}, which repairs what it
 * reads from storage, an import is all or nothing (core/settings.ts `StrictSettingsSchema`): a
 * file with any invalid or unknown field is rejected with a message naming it, so a typo never
 * half-applies.
 */
import * as z from 'zod/mini';
import { parseSettings, StrictSettingsSchema, type Settings } from '@/core/settings';
import { format, strings } from '@/core/strings';

export const SETTINGS_FILE_FORMAT = 'jak-lens-settings';
export const SETTINGS_FILE_VERSION = 1;
/** A real export is under 10 KB; anything far larger is not one. */
export const MAX_SETTINGS_FILE_BYTES = 100_000;

const Envelope = z.object({
  format: z.literal(SETTINGS_FILE_FORMAT),
  version: z.int().check(z.minimum(1)),
  settings: z.unknown(),
});

export type ImportResult = { ok: true; settings: Settings } | { ok: false; error: string };

/** The file written by "Export settings". */
export function serializeSettings(settings: Settings): string {
  const file = { format: SETTINGS_FILE_FORMAT, version: SETTINGS_FILE_VERSION, settings };
  return `${JSON.stringify(file, null, 2)}\n`;
}

function fieldName(issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String);
  if (issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined) path.push(issue.keys[0]);
  // Point at the list, not at "sites.3": the user edits the list as a whole.
  return path.filter((p) => !/^\d+$/.test(p)).join('.') || 'settings';
}

/** Reads an exported settings file; never throws. */
export function parseSettingsFile(text: string): ImportResult {
  if (text.length > MAX_SETTINGS_FILE_BYTES) return { ok: false, error: strings.importTooLarge };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: strings.importNotJson };
  }
  const envelope = Envelope.safeParse(json);
  if (!envelope.success) return { ok: false, error: strings.importNotSettings };
  if (envelope.data.version > SETTINGS_FILE_VERSION) {
    return {
      ok: false,
      error: format(strings.importNewerVersion, { version: envelope.data.version }),
    };
  }
  const body = StrictSettingsSchema.safeParse(envelope.data.settings);
  if (!body.success) {
    const issue = body.error.issues[0];
    if (issue === undefined || (issue.path.length === 0 && issue.code !== 'unrecognized_keys')) {
      return { ok: false, error: strings.importNotSettings };
    }
    return { ok: false, error: format(strings.importBadField, { field: fieldName(issue) }) };
  }
  return { ok: true, settings: parseSettings(body.data) };
}

/**
 * Messages between the content script, the popup and the background, with their runtime
 * validation. Anything can arrive on a message port (another extension's content script on the
 * same page cannot reach us, but a bug or an old tab after an update can), so every receiver
 * calls {@link parseMessage} and ignores — never answers — what it returns null for.
 *
 * zod/mini keeps the content-script bundle small (design §3). Drug ids are checked here for
 * shape only; membership in the dataset is checked where an id is used.
 */
import * as z from 'zod/mini';
import type { PageReport } from './report';

/** Lowercase INN (kebab-case for multi-word names): the dataset id format. */
export const DRUG_ID_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
export const MAX_QUERY_LENGTH = 200;
/** More distinct drugs than the dataset could ever hold: guards against absurd payloads. */
const MAX_REPORT_DRUGS = 1000;
const MAX_COUNT = 10_000_000;

const DrugId = z.string().check(z.maxLength(64), z.regex(DRUG_ID_PATTERN));
const Count = z.int().check(z.minimum(0), z.maximum(MAX_COUNT));

export const PageReportSchema = z.strictObject({
  drugs: z
    .array(z.strictObject({ drugId: DrugId, count: Count }))
    .check(z.maxLength(MAX_REPORT_DRUGS)),
  totalMentions: Count,
  capped: z.boolean(),
});

const OpenSidebar = z.strictObject({
  type: z.literal('open-sidebar'),
  drugId: z.optional(DrugId),
  query: z.optional(z.string().check(z.minLength(1), z.maxLength(MAX_QUERY_LENGTH))),
});

export const MessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('report'), report: PageReportSchema }),
  z.strictObject({ type: z.literal('get-report') }),
  OpenSidebar,
  z.strictObject({ type: z.literal('toggle-sidebar') }),
  z.strictObject({ type: z.literal('open-options') }),
]);

/** content → background: the page's drugs, for the toolbar badge. */
export interface ReportMessage {
  type: 'report';
  report: PageReport;
}
/** popup → content: answered with the current {@link PageReport}. */
export interface GetReportMessage {
  type: 'get-report';
}
/** popup/background → content: open the sidebar at a drug, with a search, or as it was. */
export interface OpenSidebarMessage {
  type: 'open-sidebar';
  drugId?: string;
  query?: string;
}
/** background → content: the keyboard command. */
export interface ToggleSidebarMessage {
  type: 'toggle-sidebar';
}
/** popup/options → background: open the options page. */
export interface OpenOptionsMessage {
  type: 'open-options';
}

export type Message =
  ReportMessage | GetReportMessage | OpenSidebarMessage | ToggleSidebarMessage | OpenOptionsMessage;

/** The schema and the hand-written types must describe the same messages. */
type Inferred = z.infer<typeof MessageSchema>;
const sameShape: [Inferred] extends [Message]
  ? [Message] extends [Inferred]
    ? true
    : never
  : never = true;
void sameShape;

/** Returns the message if `raw` is exactly one of ours, otherwise null. Never throws. */
export function parseMessage(raw: unknown): Message | null {
  try {
    const result = MessageSchema.safeParse(raw);
    return result.success ? result.data : null;
  } catch {
    // Hostile values (throwing getters, revoked proxies) are just another invalid message.
    return null;
  }
}

/** Validates the content script's answer to `get-report`; null when it is not a report. */
export function parsePageReport(raw: unknown): PageReport | null {
  try {
    const result = PageReportSchema.safeParse(raw);
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}

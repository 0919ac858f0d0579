/**
 * Messages between the content script, the popup and the background, by direction, with their
 * runtime validation. Each schema is the one statement of its messages: the types are inferred
 * from it. Anything can arrive on a message port (another extension's content script on the
 * same page cannot reach us, but a bug or an old tab after an update can), so every receiver
 * parses with the parser of its direction and ignores — never answers — what it returns null for.
 *
 * zod/mini keeps the content-script bundle small (docs/design.md, "Toolchain facts"). Drug ids are checked here for
 * shape only; membership in the dataset is checked where an id is used.
 */
import * as z from 'zod/mini';
import type { PageReport } from './report';

/** Lowercase INN (kebab-case for multi-word names): the dataset id format. */
const DRUG_ID_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
export const MAX_QUERY_LENGTH = 200;
/** More distinct drugs than the dataset could ever hold: guards against absurd payloads. */
const MAX_REPORT_DRUGS = 1000;
const MAX_COUNT = 10_000_000;

const DrugId = z.string().check(z.maxLength(64), z.regex(DRUG_ID_PATTERN));
const Count = z.int().check(z.minimum(0), z.maximum(MAX_COUNT));

const PageReportSchema = z.strictObject({
  drugs: z
    .array(z.strictObject({ drugId: DrugId, count: Count }))
    .check(z.maxLength(MAX_REPORT_DRUGS)),
  totalMentions: Count,
  capped: z.boolean(),
});

/** To the content script, from the popup and the background. */
const ToContentSchema = z.discriminatedUnion('type', [
  /** popup: answered with the current {@link PageReport}. */
  z.strictObject({ type: z.literal('get-report') }),
  /** popup, context menu: open the sidebar at a drug, with a search, or as it was. */
  z.strictObject({
    type: z.literal('open-sidebar'),
    drugId: z.optional(DrugId),
    query: z.optional(z.string().check(z.minLength(1), z.maxLength(MAX_QUERY_LENGTH))),
  }),
  /** background: the keyboard command. */
  z.strictObject({ type: z.literal('toggle-sidebar') }),
]);

/** To the background, from content scripts and extension pages. */
const ToBackgroundSchema = z.discriminatedUnion('type', [
  /** content: the page's drugs, for the toolbar badge. */
  z.strictObject({ type: z.literal('report'), report: PageReportSchema }),
  /** content (the sidebar's settings button): open the options page. */
  z.strictObject({ type: z.literal('open-options') }),
]);

export type ToContent = z.infer<typeof ToContentSchema>;
export type ToBackground = z.infer<typeof ToBackgroundSchema>;

/**
 * A receiver as a map from message type to handler. Declaring one with `satisfies
 * Handlers<ToContent>` makes a message without a handler a compile error.
 */
export type Handlers<M extends { type: string }, R = unknown> = {
  [K in M['type']]: (message: Extract<M, { type: K }>) => R;
};

/** Runs the handler for `message`'s type (`M` comes from the message: a parsed union). */
export function handle<M extends { type: string }, R>(handlers: Handlers<M, R>, message: M): R {
  const handler = handlers[message.type as M['type']] as (message: M) => R;
  return handler(message);
}

function parseWith<T>(schema: z.ZodMiniType<T>, raw: unknown): T | null {
  try {
    const result = schema.safeParse(raw);
    return result.success ? result.data : null;
  } catch {
    // Hostile values (throwing getters, revoked proxies) are just another invalid message.
    return null;
  }
}

/** The message if `raw` is exactly one the content script takes, otherwise null. Never throws. */
export function parseToContent(raw: unknown): ToContent | null {
  return parseWith(ToContentSchema, raw);
}

/** The message if `raw` is exactly one the background takes, otherwise null. Never throws. */
export function parseToBackground(raw: unknown): ToBackground | null {
  return parseWith(ToBackgroundSchema, raw);
}

/** Validates the content script's answer to `get-report`; null when it is not a report. */
export function parsePageReport(raw: unknown): PageReport | null {
  return parseWith(PageReportSchema, raw);
}

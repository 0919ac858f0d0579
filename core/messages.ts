/**
 * Messages to the background and the extension pages, with their runtime validation (zod/mini):
 * each schema is the one statement of its messages, and the types are inferred from it. Anything
 * can arrive on a message port (a bug, an old tab after an update), so every receiver parses with
 * the parser of its direction and ignores — never answers — what it returns null for.
 *
 * What content scripts receive is checked by hand in core/detector-protocol.ts instead: stage 1
 * runs in every frame and cannot carry a schema library (docs/design.md, "Two stages"). The
 * bounds are shared from there. Drug ids are checked here for shape only; membership in the
 * dataset is checked where an id is used.
 */
import * as z from 'zod/mini';
import {
  DRUG_ID_PATTERN,
  MAX_COUNT,
  MAX_REPORT_DRUGS,
  type DetectorStatus,
} from './detector-protocol';
import { MAX_CONTEXT_LENGTH, MAX_FORM_LENGTH, MAX_FORMS } from './report';

/** Longer than any URL a browser keeps in its address bar without trouble. */
const MAX_URL_LENGTH = 8192;

const DrugId = z.string().check(z.maxLength(64), z.regex(DRUG_ID_PATTERN));
const Count = z.int().check(z.minimum(0), z.maximum(MAX_COUNT));

const PageReportSchema = z.strictObject({
  drugs: z
    .array(
      z.strictObject({
        drugId: DrugId,
        count: Count,
        forms: z
          .array(z.string().check(z.maxLength(MAX_FORM_LENGTH)))
          .check(z.maxLength(MAX_FORMS)),
        context: z.string().check(z.maxLength(MAX_CONTEXT_LENGTH)),
      }),
    )
    .check(z.maxLength(MAX_REPORT_DRUGS)),
  totalMentions: Count,
  capped: z.boolean(),
});

/** To the background, from content scripts and extension pages. */
const ToBackgroundSchema = z.discriminatedUnion('type', [
  /**
   * content, from any frame: that frame's drugs, for the badge and the top frame's sidebar.
   * `timeOrigin` (the frame document's `performance.timeOrigin`) tells a new page's reports from
   * a previous page's late ones: no frame of a page starts before its top document.
   */
  z.strictObject({ type: z.literal('report'), report: PageReportSchema, timeOrigin: z.number() }),
  /** content (the sidebar's settings button): open the options page. */
  z.strictObject({ type: z.literal('open-options') }),
  /** content, any frame: answered with the detector's configuration for this tab's site. */
  z.strictObject({ type: z.literal('get-config') }),
  /** content (the gate), any frame: inject the detector into that frame; answered `{ ok }`. */
  z.strictObject({ type: z.literal('load-detector') }),
  /** content, top frame: inject stage 2 (the sidebar) into this tab; answered `{ ok }`. */
  z.strictObject({ type: z.literal('load-ui') }),
  /** content, a frame: a click on a mention or the shortcut there acts on the top frame's sidebar. */
  z.strictObject({ type: z.literal('open-in-top'), drugId: DrugId }),
  z.strictObject({ type: z.literal('toggle-in-top') }),
  /**
   * content, top frame: this document is a PDF (core/pdf-document.ts), for "Open PDFs in JAK
   * Lens automatically"; the background checks the setting and the URL.
   */
  z.strictObject({
    type: z.literal('pdf-document'),
    url: z.string().check(z.maxLength(MAX_URL_LENGTH)),
  }),
  /** content, top frame: next/previous reached a mention that lives in another frame. */
  z.strictObject({
    type: z.literal('scroll-frame'),
    frameId: z.int().check(z.minimum(1)),
    drugId: DrugId,
    index: Count,
  }),
]);

export type ToBackground = z.infer<typeof ToBackgroundSchema>;

function parseWith<T>(schema: z.ZodMiniType<T>, raw: unknown): T | null {
  try {
    const result = schema.safeParse(raw);
    return result.success ? result.data : null;
  } catch {
    // Hostile values (throwing getters, revoked proxies) are just another invalid message.
    return null;
  }
}

/** The message if `raw` is exactly one the background takes, otherwise null. Never throws. */
export function parseToBackground(raw: unknown): ToBackground | null {
  return parseWith(ToBackgroundSchema, raw);
}

const DetectorStatusSchema = z.extend(PageReportSchema, {
  uiLoaded: z.boolean(),
  uiFailed: z.boolean(),
});

/** Validates the content script's answer to `get-report`; null when it is not one. */
export function parseDetectorStatus(raw: unknown): DetectorStatus | null {
  return parseWith(DetectorStatusSchema, raw);
}

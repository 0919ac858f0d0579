/**
 * What stage 1, the detector that runs in every frame (docs/design.md, "Two stages"), receives:
 * the messages sent to content scripts and the configuration the background hands it. Checked by
 * hand, not with zod, because this module ships in the per-page bundle, whose budget (40 KB,
 * goal 20 KB) a schema library would take a third of. The checks are strict all the same:
 * an exact `type`, every field's type and bounds, nothing unexpected read. The background builds
 * the configuration from settings it read through the one settings schema (core/settings.ts), so
 * the detector never parses stored settings itself.
 */
import type { HighlightStyle } from './settings';
import {
  MAX_CONTEXT_LENGTH,
  MAX_FORM_LENGTH,
  MAX_FORMS,
  type DrugOnPage,
  type PageReport,
} from './report';
import { HIGHLIGHT_STYLES, SIDES, THEMES } from './setting-enums';

/** Lowercase INN (kebab-case for multi-word names): the dataset id format. */
export const DRUG_ID_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
export const MAX_QUERY_LENGTH = 200;
/** More distinct drugs than the dataset could ever hold: guards against absurd payloads. */
export const MAX_REPORT_DRUGS = 1000;
export const MAX_COUNT = 10_000_000;
/** Frames of one tab whose reports are kept; a page with more is not a reading page. */
export const MAX_FRAMES = 64;

/** One frame's report, as the background relays it to the top frame. */
export interface FrameReport {
  frameId: number;
  report: PageReport;
}

/** To the content script, from the popup and the background. */
export type ToContent =
  /** popup: answered with a {@link DetectorStatus}. */
  | { type: 'get-report' }
  /** popup, context menu, a click in a frame: open the sidebar at a drug, with a search, or as it was. */
  | { type: 'open-sidebar'; drugId?: string; query?: string }
  /** background: the keyboard command. */
  | { type: 'toggle-sidebar' }
  /** background, to the top frame: the reports of the tab's other frames, in frame order. */
  | { type: 'frame-reports'; frames: FrameReport[] }
  /** background, to a frame: scroll its own mention `index` of `drugId` into view. */
  | { type: 'scroll-to-mention'; drugId: string; index: number };

/** The launcher's words, in the user's language (the string table stays in the background). */
export interface LauncherLabels {
  lang: string;
  region: string;
  /** `{n}` is the number of drugs. */
  one: string;
  other: string;
  dismiss: string;
  /** Said when the sidebar cannot be loaded into this page. */
  uiFailed: string;
}

/** The background's answer to `get-config`: what the detector needs, already validated. */
export interface DetectorConfig {
  /** Whether JAK Lens runs on the tab's top-level site (frames follow their top page). */
  enabled: boolean;
  highlightStyle: HighlightStyle;
  /** Drugs whose group is switched off: neither painted nor reported. */
  disabledDrugs: string[];
  autoOpen: boolean;
  /** The "fuzzy matching" setting: one-edit misspellings of long names count too. */
  fuzzy: boolean;
  /**
   * Whether the pointer resting on a mention shows its card on this site: the "hover cards"
   * setting, off on the sites in `noCardSites`. Keyboard focus on a mention always does.
   */
  hoverCards: boolean;
  theme: (typeof THEMES)[number];
  side: (typeof SIDES)[number];
  labels: LauncherLabels;
  /** The whole settings object, passed on untouched to stage 2, which reads it with the schema. */
  settings: unknown;
}

/** The answer to `get-report`: the tab's report (all frames) and the state of the sidebar code. */
export interface DetectorStatus extends PageReport {
  /** Stage 2 is in the page (read by the popup and by tests). */
  uiLoaded: boolean;
  /** Loading stage 2 was refused (a page where scripting is not allowed). */
  uiFailed: boolean;
}

/** What a frame without a running detector answers: nothing found, no sidebar code. */
export const IDLE_STATUS: Readonly<DetectorStatus> = Object.freeze({
  drugs: [],
  totalMentions: 0,
  capped: false,
  uiLoaded: false,
  uiFailed: false,
});

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Only `allowed` keys, each present one checked by the caller. */
function onlyKeys(value: Json, allowed: readonly string[]): boolean {
  return Object.keys(value).every((key) => allowed.includes(key));
}

function isString(value: unknown, max: number, min = 0): value is string {
  return typeof value === 'string' && value.length >= min && value.length <= max;
}

function isCount(value: unknown, max = MAX_COUNT): value is number {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= max;
}

export function isDrugId(value: unknown): value is string {
  return isString(value, 64, 1) && DRUG_ID_PATTERN.test(value);
}

function isDrugOnPage(value: unknown): value is DrugOnPage {
  return (
    isObject(value) &&
    onlyKeys(value, ['drugId', 'count', 'forms', 'context']) &&
    isDrugId(value.drugId) &&
    isCount(value.count) &&
    Array.isArray(value.forms) &&
    value.forms.length <= MAX_FORMS &&
    value.forms.every((form) => isString(form, MAX_FORM_LENGTH)) &&
    isString(value.context, MAX_CONTEXT_LENGTH)
  );
}

/** Whether `value` is a {@link PageReport} within bounds. */
export function isPageReport(value: unknown): value is PageReport {
  return (
    isObject(value) &&
    onlyKeys(value, ['drugs', 'totalMentions', 'capped']) &&
    Array.isArray(value.drugs) &&
    value.drugs.length <= MAX_REPORT_DRUGS &&
    value.drugs.every(isDrugOnPage) &&
    isCount(value.totalMentions) &&
    typeof value.capped === 'boolean'
  );
}

function isFrameReport(value: unknown): value is FrameReport {
  return (
    isObject(value) &&
    onlyKeys(value, ['frameId', 'report']) &&
    isCount(value.frameId, Number.MAX_SAFE_INTEGER) &&
    isPageReport(value.report)
  );
}

/** The message if `raw` is exactly one the content script takes, otherwise null. Never throws. */
export function parseToContent(raw: unknown): ToContent | null {
  try {
    if (!isObject(raw)) return null;
    switch (raw.type) {
      case 'get-report':
      case 'toggle-sidebar':
        return onlyKeys(raw, ['type']) ? (raw as ToContent) : null;
      case 'open-sidebar':
        return onlyKeys(raw, ['type', 'drugId', 'query']) &&
          (raw.drugId === undefined || isDrugId(raw.drugId)) &&
          (raw.query === undefined || isString(raw.query, MAX_QUERY_LENGTH, 1))
          ? (raw as ToContent)
          : null;
      case 'frame-reports':
        return onlyKeys(raw, ['type', 'frames']) &&
          Array.isArray(raw.frames) &&
          raw.frames.length <= MAX_FRAMES &&
          raw.frames.every(isFrameReport)
          ? (raw as ToContent)
          : null;
      case 'scroll-to-mention':
        return onlyKeys(raw, ['type', 'drugId', 'index']) &&
          isDrugId(raw.drugId) &&
          isCount(raw.index)
          ? (raw as ToContent)
          : null;
      default:
        return null;
    }
  } catch {
    // Hostile values (throwing getters, revoked proxies) are just another invalid message.
    return null;
  }
}

const LABEL_KEYS = ['lang', 'region', 'one', 'other', 'dismiss', 'uiFailed'] as const;

function isLabels(value: unknown): value is LauncherLabels {
  return (
    isObject(value) &&
    onlyKeys(value, LABEL_KEYS) &&
    LABEL_KEYS.every((key) => isString(value[key], 300, 1))
  );
}

const oneOf = (values: readonly string[], value: unknown): value is string =>
  typeof value === 'string' && values.includes(value);

/** The background's `get-config` answer if it has the expected shape, otherwise null. */
export function parseDetectorConfig(raw: unknown): DetectorConfig | null {
  try {
    if (!isObject(raw)) return null;
    const ok =
      typeof raw.enabled === 'boolean' &&
      typeof raw.autoOpen === 'boolean' &&
      typeof raw.fuzzy === 'boolean' &&
      typeof raw.hoverCards === 'boolean' &&
      oneOf(HIGHLIGHT_STYLES, raw.highlightStyle) &&
      oneOf(THEMES, raw.theme) &&
      oneOf(SIDES, raw.side) &&
      Array.isArray(raw.disabledDrugs) &&
      raw.disabledDrugs.length <= MAX_REPORT_DRUGS &&
      raw.disabledDrugs.every(isDrugId) &&
      isLabels(raw.labels) &&
      isObject(raw.settings);
    return ok ? (raw as unknown as DetectorConfig) : null;
  } catch {
    return null;
  }
}

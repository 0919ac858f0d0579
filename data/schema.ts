/**
 * zod schemas for the JAK Lens dataset. The dataset files import only the inferred *types*
 * (`import type`), so zod is never bundled into the content script; the schemas run in tests
 * and in the build hook (see wxt.config.ts), which refuse an invalid dataset.
 */
import { z } from 'zod';
import { TOPICS } from './topics';

/** Lowercase kebab-case identifier, used for every id in the dataset. */
const Id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lowercase kebab-case');
/** ISO calendar date (YYYY-MM-DD). */
const IsoDate = z.iso.date();

/**
 * interview: the one source of notes. label: prescribing information (USPI, SmPC, product
 * monograph, package insert) or a page that reproduces it. regulator: an agency's own database or
 * decision. reference: journal articles. press: press releases and news reports of a decision.
 * registry: trial registries (ClinicalTrials.gov, jRCT), which state research codes.
 */
export const SourceKind = z.enum([
  'interview',
  'label',
  'regulator',
  'reference',
  'press',
  'registry',
]);

/** A date as precise as its source gives it: "2024", "2024-09" or "2024-09-13". */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD');

export const Region = z.enum(['US', 'EU', 'UK', 'JP', 'CA', 'AU', 'CN', 'INT']);

export const Source = z.strictObject({
  id: Id,
  kind: SourceKind,
  title: z.string().min(1),
  /** Speaker of an interview or author/agency of a document. */
  author: z.string().min(1),
  publication: z.string().min(1),
  publisher: z.string().min(1),
  year: z.number().int().min(1900).max(2100),
  /** The date the source itself carries (publication or last update), as precise as it gives it. */
  date: PartialDate.optional(),
  url: z.url().optional(),
  /**
   * The jurisdictions whose regional facts (brands, approvals) this source can attest: a US label
   * attests US facts only, so a DailyMed page never stands behind an EU or Japanese brand.
   */
  regions: z.array(Region).min(1).optional(),
  /** Attribution line shown with quotes (e.g. the copyright line of the interview). */
  attribution: z.string().optional(),
});

/** A fact that does not come from the interview: always shown with its source and date. */
export const Supplemental = z.strictObject({
  sourceId: Id,
  asOf: IsoDate,
});

/**
 * One region a brand is (or was) sold in, with the source that attests it for that region.
 * A withdrawn authorisation stays listed, so the name is still recognised in older literature.
 */
export const BrandMarket = z.strictObject({
  region: Region,
  /** When the marketing authorisation in this region was withdrawn, if it was. */
  withdrawn: PartialDate.optional(),
  ...Supplemental.shape,
});

export const BrandName = z.strictObject({
  name: z.string().min(1),
  /** e.g. "extended-release tablet", "oral solution", "cream". */
  form: z.string().min(1),
  /** One entry per region, each with its own source: one region, one attestation. */
  markets: z
    .array(BrandMarket)
    .min(1)
    .refine((m) => new Set(m.map((x) => x.region)).size === m.length, 'one entry per region'),
});

export const ResearchCode = z.strictObject({
  /** Canonical spelling with hyphen, e.g. "ABT-494"; the matcher also accepts "ABT494", "ABT 494". */
  code: z.string().regex(/^[A-Z]+-?[0-9]+[A-Z]?$/),
  ...Supplemental.shape,
});

export const SaltForm = z.strictObject({ name: z.string().min(1), ...Supplemental.shape });

export const Route = z.enum(['oral', 'topical', 'subcutaneous', 'intravenous']);

export const ApprovalStatus = z.enum(['approved', 'not-approved', 'approved-other-indications']);

/**
 * A dated step of an approval: the first authorisation or an extension to a new population.
 * `date` is as precise as the source states it; "not-confirmed" says plainly that no source we
 * read gives the date, rather than leaving it out or guessing.
 */
export const ApprovalStep = z.strictObject({
  date: z.union([PartialDate, z.literal('not-confirmed')]),
  /** Who this step covered, in our words, e.g. "adolescents 12 to 17". */
  population: z.string().min(1),
  /** Context for the step, e.g. "CHMP positive opinion 14 Oct 2021; Commission date not confirmed". */
  note: z.string().min(1).optional(),
  ...Supplemental.shape,
});

export const Approval = z
  .strictObject({
    region: Region,
    status: ApprovalStatus,
    /** Who is covered now, in our words, e.g. "adults and children 12+ with refractory moderate-to-severe AD". */
    detail: z.string().optional(),
    /** Dated steps, oldest first; required for an AD approval, so every one has a date or says it has none. */
    history: z.array(ApprovalStep).min(1).optional(),
    ...Supplemental.shape,
  })
  .refine((a) => a.status !== 'approved' || a.history !== undefined, {
    message: 'an AD approval lists its dated steps',
    path: ['history'],
  });

export const DrugNames = z.strictObject({
  /** English INN as written in prose, lowercase ("upadacitinib"). */
  generic: z.string().min(1),
  /** Other spellings of the INN (BAN, USAN, older INN), e.g. "ciclosporin", "sulphasalazine". */
  variants: z.array(z.string().min(1)),
  brands: z.array(BrandName),
  codes: z.array(ResearchCode),
  salts: z.array(SaltForm),
  /** Four-letter FDA suffix forms of biologics, e.g. "tralokinumab-ldrm". */
  suffixed: z.array(z.string().regex(/^[a-z]+-[a-z]{4}$/)),
});

export const Drug = z
  .strictObject({
    /** Lowercase English INN; a route form adds its route ("tacrolimus-topical"). */
    id: Id,
    names: DrugNames,
    /** Class ids; the first is the primary class. Empty only for a generic with `forms`. */
    classes: z.array(Id),
    targets: z.array(z.string().min(1)).min(1),
    /** Selectivity in our words, e.g. "JAK1-selective". */
    selectivity: z.string().optional(),
    routes: z.array(Route).min(1),
    approvals: z.array(Approval),
    /** One line in our words. */
    summary: z.string().min(1),
    /** True when the interview names this drug. Which notes it shows is said by `Note.about`. */
    namedInInterview: z.boolean(),
    /**
     * Set on a generic whose products differ by route in what they are for (tacrolimus:
     * Protopic ointment for AD vs Prograf for transplants). The generic name opens this entry,
     * which shows each form separately; brands belong to the forms and open them directly.
     */
    forms: z.array(Id).min(2).optional(),
    /** Set on a route form: the route it stands for, as shown after the name ("topical"). */
    form: z.string().min(1).optional(),
  })
  .refine((d) => (d.forms ? d.classes.length === 0 : d.classes.length > 0), {
    message: 'a drug has at least one class; a generic with forms has none (its forms do)',
    path: ['classes'],
  })
  .refine((d) => !d.forms || (d.names.brands.length === 0 && d.approvals.length === 0), {
    message: 'brands and approvals of a generic with forms belong to its forms',
    path: ['forms'],
  });

export const HighlightGroup = z.enum([
  'oral-jak',
  'topical-jak',
  'biologic',
  'other-topical',
  'conventional-systemic',
]);

export const DrugClass = z.strictObject({
  id: Id,
  name: z.string().min(1),
  /** Broader class this one belongs to (e.g. "il-13-biologic" → "biologic"). */
  parent: Id.optional(),
  /** Settings group (options page) whose switch highlights drugs whose primary class this is. */
  group: HighlightGroup.optional(),
  description: z.string().min(1),
});

export const Topic = z.enum(TOPICS);

/**
 * Who a note is about, and so which drugs it is shown for. `drugs` is always the explicit list:
 * class membership alone never shows a note, so a drug added later gets no interview note until
 * a reviewer lists it here.
 * - `drug`: the interview names these drugs, or the claim is specifically about them.
 * - `class`: the interview speaks of a class (`classId`); `drugs` are the members inside the
 *   claim's scope as the interview frames it (e.g. "the oral JAK inhibitors that we have in the
 *   United States, upadacitinib and abrocitinib"), never simply every member.
 */
export const NoteScope = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('drug'), drugs: z.array(Id).min(1) }),
  z.strictObject({ kind: z.literal('class'), classId: Id, drugs: z.array(Id).min(1) }),
]);

export const Note = z.strictObject({
  id: Id,
  topic: Topic,
  /** One scope per subject the note speaks about (e.g. oral JAK inhibitors and dupilumab). */
  about: z.array(NoteScope).min(1),
  /** True when the note reports the interviewee's opinion or experience rather than data. */
  opinion: z.literal(true).optional(),
  /** Our own words; never claims more than the quotes. */
  paraphrase: z.string().min(1),
  /** Exact substrings of the source text. */
  quotes: z.array(z.string().min(1)).min(1),
  sourceId: Id,
  /** Which question of the interview, e.g. "Q4: long-term safety". */
  locator: z.string().min(1),
  /** Visible editor's annotation, e.g. for a transcription slip. */
  editorNote: z.string().optional(),
  /** The public sources behind facts the editor's note adds (a trial result, a label's wording). */
  editorSources: z.array(Supplemental).min(1).optional(),
});

export const GlossaryTerm = z.strictObject({
  id: Id,
  term: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  definition: z.string().min(1),
  sourceId: Id,
  asOf: IsoDate.optional(),
});

export const ComparisonCell = z.strictObject({
  text: z.string().min(1),
  noteIds: z.array(Id).min(1),
});

/** A sourced fact shown beside a row, where the interview alone would mislead (label monitoring). */
export const ComparisonSupplement = z.strictObject({
  text: z.string().min(1),
  sources: z.array(Supplemental).min(1),
});

export const ComparisonRow = z.strictObject({
  id: Id,
  aspect: z.string().min(1),
  jak: ComparisonCell,
  biologic: ComparisonCell,
  /** Not from the interview: shown under the row, marked as such, with its sources and dates. */
  supplement: ComparisonSupplement.optional(),
});

export const Comparison = z.strictObject({
  id: Id,
  title: z.string().min(1),
  /** Class ids of the two columns. */
  columns: z.tuple([Id, Id]),
  rows: z.array(ComparisonRow).min(1),
});

export const Dataset = z.strictObject({
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  asOf: IsoDate,
  sources: z.array(Source).min(1),
  classes: z.array(DrugClass).min(1),
  drugs: z.array(Drug).min(1),
  notes: z.array(Note).min(1),
  glossary: z.array(GlossaryTerm).min(1),
  comparison: Comparison,
});

export type Source = z.infer<typeof Source>;
export type Region = z.infer<typeof Region>;
export type BrandMarket = z.infer<typeof BrandMarket>;
export type BrandName = z.infer<typeof BrandName>;
export type ResearchCode = z.infer<typeof ResearchCode>;
export type SaltForm = z.infer<typeof SaltForm>;
export type ApprovalStep = z.infer<typeof ApprovalStep>;
export type Approval = z.infer<typeof Approval>;
export type Drug = z.infer<typeof Drug>;
export type DrugClass = z.infer<typeof DrugClass>;
export type HighlightGroup = z.infer<typeof HighlightGroup>;
export type Topic = z.infer<typeof Topic>;
export type NoteScope = z.infer<typeof NoteScope>;
export type Note = z.infer<typeof Note>;
export type GlossaryTerm = z.infer<typeof GlossaryTerm>;
export type ComparisonSupplement = z.infer<typeof ComparisonSupplement>;
export type Comparison = z.infer<typeof Comparison>;
export type Dataset = z.infer<typeof Dataset>;

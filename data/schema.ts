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

export const SourceKind = z.enum(['interview', 'label', 'regulator', 'reference']);

export const Source = z.strictObject({
  id: Id,
  kind: SourceKind,
  title: z.string().min(1),
  /** Speaker of an interview or author/agency of a document. */
  author: z.string().min(1),
  publication: z.string().min(1),
  publisher: z.string().min(1),
  year: z.number().int().min(1900).max(2100),
  url: z.url().optional(),
  /** Attribution line shown with quotes (e.g. the copyright line of the interview). */
  attribution: z.string().optional(),
});

export const Region = z.enum(['US', 'EU', 'UK', 'JP', 'CA', 'AU', 'INT']);

/** A fact that does not come from the interview: always shown with its source and date. */
export const Supplemental = z.strictObject({
  sourceId: Id,
  asOf: IsoDate,
});

export const BrandName = z.strictObject({
  name: z.string().min(1),
  regions: z.array(Region).min(1),
  /** e.g. "extended-release tablet", "oral solution", "cream". */
  form: z.string().min(1),
  ...Supplemental.shape,
});

export const ResearchCode = z.strictObject({
  /** Canonical spelling with hyphen, e.g. "ABT-494"; the matcher also accepts "ABT494", "ABT 494". */
  code: z.string().regex(/^[A-Z]+-?[0-9]+[A-Z]?$/),
  ...Supplemental.shape,
});

export const SaltForm = z.strictObject({ name: z.string().min(1), ...Supplemental.shape });

export const Route = z.enum(['oral', 'topical', 'subcutaneous', 'intravenous']);

export const ApprovalStatus = z.enum(['approved', 'not-approved', 'approved-other-indications']);

export const Approval = z.strictObject({
  region: Region,
  status: ApprovalStatus,
  /** Who is covered, in our words, e.g. "adults and children 12+ with refractory moderate-to-severe AD". */
  detail: z.string().optional(),
  ...Supplemental.shape,
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

export const Drug = z.strictObject({
  /** Lowercase English INN. */
  id: Id,
  names: DrugNames,
  /** Class ids; the first is the primary class. */
  classes: z.array(Id).min(1),
  targets: z.array(z.string().min(1)).min(1),
  /** Selectivity in our words, e.g. "JAK1-selective". */
  selectivity: z.string().optional(),
  routes: z.array(Route).min(1),
  approvals: z.array(Approval),
  /** One line in our words. */
  summary: z.string().min(1),
  /** True when the interview names this drug; false: only class-level notes apply. */
  namedInInterview: z.boolean(),
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

export const Note = z.strictObject({
  id: Id,
  topic: Topic,
  /** Drug ids and/or class ids the note speaks about. */
  appliesTo: z.array(Id).min(1),
  /** Our own words; never claims more than the quotes. */
  paraphrase: z.string().min(1),
  /** Exact substrings of the source text. */
  quotes: z.array(z.string().min(1)).min(1),
  sourceId: Id,
  /** Which question of the interview, e.g. "Q4: long-term safety". */
  locator: z.string().min(1),
  /** Visible editor's annotation, e.g. for a transcription slip. */
  editorNote: z.string().optional(),
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

export const ComparisonRow = z.strictObject({
  id: Id,
  aspect: z.string().min(1),
  jak: ComparisonCell,
  biologic: ComparisonCell,
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
export type BrandName = z.infer<typeof BrandName>;
export type ResearchCode = z.infer<typeof ResearchCode>;
export type SaltForm = z.infer<typeof SaltForm>;
export type Approval = z.infer<typeof Approval>;
export type Drug = z.infer<typeof Drug>;
export type DrugClass = z.infer<typeof DrugClass>;
export type HighlightGroup = z.infer<typeof HighlightGroup>;
export type Topic = z.infer<typeof Topic>;
export type Note = z.infer<typeof Note>;
export type GlossaryTerm = z.infer<typeof GlossaryTerm>;
export type Comparison = z.infer<typeof Comparison>;
export type Dataset = z.infer<typeof Dataset>;

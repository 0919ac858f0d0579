/**
 * Every read-only question asked of the dataset, in one module: lookups by id, the class chain,
 * which notes a drug is shown, display names, highlight groups and citations. Pure functions,
 * memoised per dataset object; the views, the search index, the popup and the content wiring
 * all ask here instead of walking the dataset themselves.
 */
import type {
  Dataset,
  Drug,
  DrugClass,
  HighlightGroup,
  Note,
  NoteScope,
  Source,
  Topic,
} from './schema';
import { TOPICS } from './topics';

export { TOPICS };

interface Lookup {
  drugs: Map<string, Drug>;
  classes: Map<string, DrugClass>;
  sources: Map<string, Source>;
}

const lookups = new WeakMap<Dataset, Lookup>();

export function lookup(dataset: Dataset): Lookup {
  let l = lookups.get(dataset);
  if (!l) {
    l = {
      drugs: new Map(dataset.drugs.map((d) => [d.id, d])),
      classes: new Map(dataset.classes.map((c) => [c.id, c])),
      sources: new Map(dataset.sources.map((s) => [s.id, s])),
    };
    lookups.set(dataset, l);
  }
  return l;
}

/** A class and its ancestors, nearest first; stops on unknown ids and cycles. */
export function classChain(dataset: Dataset, classId: string): DrugClass[] {
  const { classes } = lookup(dataset);
  const chain: DrugClass[] = [];
  for (
    let c = classes.get(classId);
    c && !chain.includes(c);
    c = c.parent ? classes.get(c.parent) : undefined
  ) {
    chain.push(c);
  }
  return chain;
}

/** Every class the drug belongs to, including broader classes, primary class first. */
export function drugClasses(dataset: Dataset, drug: Drug): DrugClass[] {
  const all = drug.classes.flatMap((id) => classChain(dataset, id));
  return [...new Set(all)];
}

export function primaryClass(dataset: Dataset, drug: Drug): DrugClass | undefined {
  const id = drug.classes[0];
  return id ? lookup(dataset).classes.get(id) : undefined;
}

export function inClass(dataset: Dataset, drug: Drug, classId: string): boolean {
  return drugClasses(dataset, drug).some((c) => c.id === classId);
}

/** The route forms of a generic (tacrolimus → topical, systemic), in display order; else []. */
export function formsOf(dataset: Dataset, drug: Drug): Drug[] {
  const { drugs } = lookup(dataset);
  return (drug.forms ?? []).flatMap((id) => drugs.get(id) ?? []);
}

export interface ScopedNote {
  note: Note;
  /** The part of `note.about` that lists this drug: says whom the note is about, and how. */
  scope: NoteScope;
}

export interface TopicNotes {
  topic: Topic;
  notes: ScopedNote[];
}

/**
 * Notes for a drug grouped by topic in reading order; notes about the drug itself before notes
 * about its class. Only notes whose `about` lists the drug's id: class membership never adds a
 * note. A generic with forms has none of its own (each form has its notes, shown separately).
 */
export function notesForDrug(dataset: Dataset, drug: Drug): TopicNotes[] {
  const scoped: ScopedNote[] = [];
  for (const note of dataset.notes) {
    const scope = note.about.find((s) => s.drugs.includes(drug.id));
    if (scope) scoped.push({ note, scope });
  }
  const rank = (s: ScopedNote) => (s.scope.kind === 'drug' ? 0 : 1);
  return TOPICS.map((topic) => ({
    topic,
    notes: scoped.filter((s) => s.note.topic === topic).sort((a, b) => rank(a) - rank(b)),
  })).filter((t) => t.notes.length > 0);
}

/** The drugs a scope lists, in its order; unknown ids are skipped (the dataset tests refuse them). */
export function scopeDrugs(dataset: Dataset, scope: NoteScope): Drug[] {
  const { drugs } = lookup(dataset);
  return scope.drugs.flatMap((id) => drugs.get(id) ?? []);
}

/**
 * True when a class scope lists every drug of its class, so it can be labelled as about the class
 * as a whole rather than by naming each drug.
 */
export function coversWholeClass(dataset: Dataset, scope: NoteScope): boolean {
  if (scope.kind !== 'class') return false;
  return dataset.drugs
    .filter((d) => inClass(dataset, d, scope.classId))
    .every((d) => scope.drugs.includes(d.id));
}

/** A side of the comparison table: the first column (oral JAK inhibitors) or the second. */
export type ComparisonSide = 'jak' | 'biologic';

/**
 * The drugs a comparison column is about: those every cell of the column speaks of, through the
 * `about` scopes of the notes the cell cites, and that belong to the column's class. Class
 * membership alone never makes a drug a member: the mechanism row speaks of every JAK inhibitor,
 * but the efficacy, label and patient-selection rows speak only of upadacitinib and abrocitinib,
 * so tofacitinib (an RA drug) and oral ruxolitinib (Jakafi) are not listed beside claims about
 * AD. The notes stay the one source of truth for whom a claim is about.
 */
export function comparisonColumnDrugs(dataset: Dataset, side: ComparisonSide): Drug[] {
  const { comparison } = dataset;
  const classId = comparison.columns[side === 'jak' ? 0 : 1];
  const notes = new Map(dataset.notes.map((n) => [n.id, n]));
  const about = (noteIds: string[]) =>
    new Set(noteIds.flatMap((id) => notes.get(id)?.about.flatMap((s) => s.drugs) ?? []));
  const cells = comparison.rows.map((row) => about(row[side].noteIds));
  return dataset.drugs.filter(
    (d) => cells.length > 0 && cells.every((ids) => ids.has(d.id)) && inClass(dataset, d, classId),
  );
}

/** The drug's name as written in prose: the INN, with its route for a form ("tacrolimus (topical)"). */
export function proseName(drug: Pick<Drug, 'names' | 'form'>): string {
  return drug.form ? `${drug.names.generic} (${drug.form})` : drug.names.generic;
}

/** The drug's display name: the prose name with a capital letter ("Tacrolimus (topical)"). */
export function displayName(drug: Pick<Drug, 'names' | 'form'>): string {
  const g = proseName(drug);
  return g.charAt(0).toUpperCase() + g.slice(1);
}

/** Display names by drug id, for lists that only hold ids (the popup's report). */
export function displayNames(
  drugs: readonly Pick<Drug, 'id' | 'names' | 'form'>[],
): Map<string, string> {
  return new Map(drugs.map((d) => [d.id, displayName(d)]));
}

/**
 * The settings groups of each drug: the group of its primary class, or of the nearest ancestor
 * class that has one. A generic with route forms takes the groups of its forms, so "tacrolimus"
 * follows both the topical and the systemic switch while "Protopic" follows only the topical
 * one. Computed once from the dataset so the per-mention filter is a map lookup.
 */
export function drugGroups(dataset: Dataset): Map<string, HighlightGroup[]> {
  const own = new Map<string, HighlightGroup>();
  for (const drug of dataset.drugs) {
    const group = classChain(dataset, drug.classes[0] ?? '').find((c) => c.group)?.group;
    if (group) own.set(drug.id, group);
  }
  const groups = new Map<string, HighlightGroup[]>();
  for (const drug of dataset.drugs) {
    const ids = drug.forms ?? [drug.id];
    const list = [...new Set(ids.flatMap((id) => own.get(id) ?? []))];
    if (list.length > 0) groups.set(drug.id, list);
  }
  return groups;
}

/** A predicate for the scanner: is one of this drug's groups switched on in `enabled`? */
export function drugFilter(
  groups: Map<string, HighlightGroup[]>,
  enabled: Record<HighlightGroup, boolean>,
): (drugId: string) => boolean {
  return (drugId) => {
    const list = groups.get(drugId);
    return list === undefined || list.some((g) => enabled[g]);
  };
}

/** "Dr X, “Title”, Publication (Publisher), 2025" — the reference without a locator. */
export function formatSource(source: Source): string {
  return `${source.author}, “${source.title}”, ${source.publication} (${source.publisher}), ${source.year}`;
}

/** The interview the dataset is built from, for the footer citation. */
export function interviewSource(dataset: Dataset): Source | undefined {
  return dataset.sources.find((s) => s.kind === 'interview') ?? dataset.sources[0];
}

/**
 * Every read-only question asked of the dataset, in one module: lookups by id, the class chain,
 * which notes a drug is shown, display names, highlight groups and citations. Pure functions,
 * memoised per dataset object; the views, the search index, the popup and the content wiring
 * all ask here instead of walking the dataset themselves.
 */
import type { Dataset, Drug, DrugClass, HighlightGroup, Note, Source, Topic } from './schema';
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

export interface ScopedNote {
  note: Note;
  /** Set when the note speaks about one of the drug's classes rather than the drug itself. */
  viaClass?: DrugClass;
}

export interface TopicNotes {
  topic: Topic;
  notes: ScopedNote[];
}

/** Notes for a drug grouped by topic in reading order; drug-specific notes before class notes. */
export function notesForDrug(dataset: Dataset, drug: Drug): TopicNotes[] {
  const classes = drugClasses(dataset, drug);
  const scoped: ScopedNote[] = [];
  for (const note of dataset.notes) {
    if (note.appliesTo.includes(drug.id)) scoped.push({ note });
    else {
      const viaClass = classes.find((c) => note.appliesTo.includes(c.id));
      if (viaClass) scoped.push({ note, viaClass });
    }
  }
  return TOPICS.map((topic) => ({
    topic,
    notes: scoped
      .filter((s) => s.note.topic === topic)
      .sort((a, b) => Number(!!a.viaClass) - Number(!!b.viaClass)),
  })).filter((t) => t.notes.length > 0);
}

/** The drug's display name: the INN as written in prose, with a capital letter. */
export function displayName(drug: Pick<Drug, 'names'>): string {
  const g = drug.names.generic;
  return g.charAt(0).toUpperCase() + g.slice(1);
}

/** Display names by drug id, for lists that only hold ids (the popup's report). */
export function displayNames(drugs: readonly Pick<Drug, 'id' | 'names'>[]): Map<string, string> {
  return new Map(drugs.map((d) => [d.id, displayName(d)]));
}

/**
 * The settings group of each drug: the group of its primary class, or of the nearest ancestor
 * class that has one. Computed once from the dataset so the per-mention filter is a map lookup.
 */
export function drugGroups(dataset: Dataset): Map<string, HighlightGroup> {
  const groups = new Map<string, HighlightGroup>();
  for (const drug of dataset.drugs) {
    const group = classChain(dataset, drug.classes[0] ?? '').find((c) => c.group)?.group;
    if (group) groups.set(drug.id, group);
  }
  return groups;
}

/** A predicate for the scanner: is this drug's group switched on in `enabled`? */
export function drugFilter(
  groups: Map<string, HighlightGroup>,
  enabled: Record<HighlightGroup, boolean>,
): (drugId: string) => boolean {
  return (drugId) => {
    const group = groups.get(drugId);
    return group === undefined || enabled[group];
  };
}

/** "Dr X, “Title”, Publication (Publisher), 2025" — the reference without a locator. */
export function formatSource(source: Source): string {
  return `${source.author}, “${source.title}”, ${source.publication} (${source.publisher}), ${source.year}`;
}

/** Quote plus full reference, the text put on the clipboard by "Copy citation". */
export function citationText(note: Note, source: Source | undefined): string {
  const quote = note.quotes.map((q) => `“${q}”`).join(' … ');
  const ref = source ? formatSource(source) : note.sourceId;
  return `${quote} — ${ref}. ${note.locator}.`;
}

/** The interview the dataset is built from, for the footer citation. */
export function interviewSource(dataset: Dataset): Source | undefined {
  return dataset.sources.find((s) => s.kind === 'interview') ?? dataset.sources[0];
}

/**
 * Full-text search over the dataset (drugs with their brands and codes, notes, glossary), shared
 * by the sidebar and the popup. Pure: no DOM. The index is built lazily on the first query so a
 * page that never opens search never pays for it.
 */
import MiniSearch from 'minisearch';
import { displayName } from '@/data/queries';
import type { Dataset, Drug, Topic } from '@/data/schema';

export type SearchKind = 'drug' | 'note' | 'glossary';

export interface SearchHit {
  kind: SearchKind;
  /** Drug id, note id or glossary term id. */
  id: string;
  title: string;
  /** A short second line: brands and codes, the note's paraphrase, or the definition. */
  detail: string;
  /** The drug to open for this hit, if any (drugs: itself; notes: the first drug they name). */
  drugId?: string;
  /** For notes: their topic, so the UI can say what the note is about. */
  topic?: Topic;
  score: number;
}

export interface SearchGroup {
  kind: SearchKind;
  hits: SearchHit[];
}

export interface SearchIndex {
  search(query: string, limit?: number): SearchHit[];
}

const KIND_BOOST: Record<SearchKind, number> = { drug: 3, glossary: 2, note: 1 };

interface Doc {
  key: string;
  kind: SearchKind;
  id: string;
  title: string;
  detail: string;
  drugId?: string;
  topic?: Topic;
  names: string;
  brands: string;
  codes: string;
  text: string;
}

/** Word splitter that also keeps hyphen-joined codes whole-ish ("ABT-494" → abt, 494, abt494). */
export function tokenize(text: string): string[] {
  const tokens = text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  for (const [joined] of text.matchAll(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu)) {
    tokens.push(joined.replace(/-/g, ''));
  }
  return tokens;
}

function drugDoc(drug: Drug): Doc {
  const n = drug.names;
  const brands = n.brands.map((b) => b.name);
  const codes = n.codes.map((c) => c.code);
  return {
    key: `drug:${drug.id}`,
    kind: 'drug',
    id: drug.id,
    title: displayName(drug),
    detail: [...brands, ...codes].join(', ') || drug.summary,
    drugId: drug.id,
    names: [n.generic, ...n.variants, ...n.salts.map((s) => s.name), ...n.suffixed].join(' '),
    brands: brands.join(' '),
    codes: codes.join(' '),
    text: drug.summary,
  };
}

function documents(dataset: Dataset): Doc[] {
  const className = new Map(dataset.classes.map((c) => [c.id, c.name]));
  const generic = new Map(dataset.drugs.map((d) => [d.id, displayName(d)]));
  const notes = dataset.notes.map((note): Doc => {
    /** Whom the note is about: the class a class note speaks of, else the drugs it names. */
    const subjects = note.about.flatMap((s) =>
      s.kind === 'class'
        ? [className.get(s.classId) ?? s.classId]
        : s.drugs.map((id) => generic.get(id) ?? id),
    );
    return {
      key: `note:${note.id}`,
      kind: 'note',
      id: note.id,
      title: subjects.join(', '),
      detail: note.paraphrase,
      drugId: note.about.find((s) => s.kind === 'drug')?.drugs[0],
      topic: note.topic,
      names: '',
      brands: '',
      codes: '',
      text: `${subjects.join(' ')} ${note.paraphrase} ${note.quotes.join(' ')}`,
    };
  });
  const glossary = dataset.glossary.map((g): Doc => ({
    key: `glossary:${g.id}`,
    kind: 'glossary',
    id: g.id,
    title: g.term,
    detail: g.definition,
    names: [g.term, ...g.aliases].join(' '),
    brands: '',
    codes: '',
    text: g.definition,
  }));
  return [...dataset.drugs.map(drugDoc), ...notes, ...glossary];
}

/** Builds the index now; prefer {@link getSearchIndex}, which builds once per dataset. */
export function buildSearchIndex(dataset: Dataset): SearchIndex {
  const mini = new MiniSearch<Doc>({
    idField: 'key',
    fields: ['names', 'brands', 'codes', 'text'],
    storeFields: ['kind', 'id', 'title', 'detail', 'drugId', 'topic'],
    tokenize,
    searchOptions: {
      boost: { names: 4, brands: 3, codes: 3, text: 1 },
      prefix: (term) => term.length > 1,
      // Fuzzy only for longer words: "upadacitnib" → upadacitinib, but "il" stays exact.
      fuzzy: (term) => (term.length > 4 ? 0.2 : false),
      combineWith: 'AND',
      // A drug or term named by the query should beat the many notes that mention it.
      boostDocument: (_key, _term, stored) => KIND_BOOST[stored?.kind as SearchKind] ?? 1,
    },
  });
  mini.addAll(documents(dataset));
  return {
    search(query, limit = 30) {
      if (!query.trim()) return [];
      return mini
        .search(query)
        .slice(0, limit)
        .map((r) => ({
          kind: r.kind as SearchKind,
          id: r.id as string,
          title: r.title as string,
          detail: r.detail as string,
          drugId: (r.drugId as string | undefined) ?? undefined,
          topic: (r.topic as Topic | undefined) ?? undefined,
          score: r.score,
        }));
    },
  };
}

const indexes = new WeakMap<Dataset, SearchIndex>();

/** The index for `dataset`, built on first call and reused afterwards. */
export function getSearchIndex(dataset: Dataset): SearchIndex {
  let index = indexes.get(dataset);
  if (!index) {
    index = buildSearchIndex(dataset);
    indexes.set(dataset, index);
  }
  return index;
}

/** Groups hits by kind, the group with the best hit first, keeping score order within each. */
export function groupHits(hits: readonly SearchHit[]): SearchGroup[] {
  const groups = new Map<SearchKind, SearchHit[]>();
  for (const hit of hits) {
    const group = groups.get(hit.kind);
    if (group) group.push(hit);
    else groups.set(hit.kind, [hit]);
  }
  return [...groups].map(([kind, hits]) => ({ kind, hits }));
}

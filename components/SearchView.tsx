import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import type { Dataset } from '@/data/schema';
import { getSearchIndex, groupHits, type SearchHit } from '@/core/search';
import { useArrowKeys } from './hooks/useArrowKeys';
import { format, plural, strings } from '@/core/strings';

export interface SearchViewProps {
  dataset: Dataset;
  query: string;
  onQueryChange: (query: string) => void;
  /** Opens a drug's notes, scrolled to a note when the hit was a note. */
  onOpenDrug: (drugId: string, noteId?: string) => void;
  announce: (message: string) => void;
}

/** Search over drugs, brand names, codes, notes and glossary; the index is built on first query. */
export function SearchView({
  dataset,
  query,
  onQueryChange,
  onOpenDrug,
  announce,
}: SearchViewProps) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const list = useArrowKeys<HTMLDivElement>({ selector: '.result', entry: inputRef });
  const [expanded, setExpanded] = useState<string | null>(null);
  const hits = useMemo(
    () => (query.trim() ? getSearchIndex(dataset).search(query) : []),
    [dataset, query],
  );
  const groups = groupHits(hits);

  useEffect(() => {
    if (query.trim())
      announce(
        hits.length ? plural(strings.results, hits.length) : format(strings.noResults, { query }),
      );
  }, [hits]);

  const activate = (hit: SearchHit) => {
    if (hit.drugId) onOpenDrug(hit.drugId, hit.kind === 'note' ? hit.id : undefined);
    else setExpanded(expanded === hit.id ? null : hit.id);
  };

  return (
    <div class="search">
      <h2 class="sr-only">{strings.searchHeading}</h2>
      <input
        ref={inputRef}
        type="search"
        class="search-input"
        data-testid="search-input"
        aria-label={strings.searchLabel}
        aria-describedby={`${id}-hint`}
        placeholder={strings.searchPlaceholder}
        value={query}
        autocomplete="off"
        spellcheck={false}
        onInput={(e) => onQueryChange(e.currentTarget.value)}
        onKeyDown={(e) => {
          const first = hits[0];
          if (e.key === 'Enter' && first) {
            e.preventDefault();
            activate(first);
          } else list.onKeyDown(e);
        }}
      />
      <p id={`${id}-hint`} class="muted small">
        {strings.searchHint}
      </p>
      <div ref={list.ref} onKeyDown={list.onKeyDown}>
        {query.trim() && hits.length === 0 && (
          <p class="empty">{format(strings.noResults, { query })}</p>
        )}
        {groups.map((g) => (
          <section key={g.kind} aria-labelledby={`${id}-${g.kind}`}>
            <h3 id={`${id}-${g.kind}`}>{strings.groups[g.kind]}</h3>
            <ul class="rows">
              {g.hits.map((hit) => (
                <li key={`${hit.kind}:${hit.id}`}>
                  <button
                    type="button"
                    class="row-btn result"
                    data-testid="search-result"
                    data-kind={hit.kind}
                    aria-expanded={hit.drugId ? undefined : expanded === hit.id}
                    onClick={() => activate(hit)}
                  >
                    <span class="row-main">
                      <span class="row-title">
                        {hit.topic ? `${strings.topics[hit.topic]} · ${hit.title}` : hit.title}
                      </span>
                      <span class={expanded === hit.id ? 'row-sub' : 'row-sub clamp'}>
                        {hit.detail}
                      </span>
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </div>
  );
}

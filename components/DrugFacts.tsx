import type { ComponentChildren } from 'preact';
import type { Approval, BrandMarket, Dataset, Drug } from '@/data/schema';
import { lookup } from '@/data/queries';
import { SourceLine, type Cited } from './primitives/SourceLine';
import { format, strings } from '@/core/strings';
import { DefinitionRow } from './primitives/DefinitionRow';

export interface DrugFactsProps {
  dataset: Dataset;
  drug: Drug;
}

const key = (c: Cited) => `${c.sourceId}|${c.asOf}`;

/** Renders a fact's source number. */
type RefMark = (fact: Cited) => ComponentChildren;

/**
 * Every cited fact of a drug in reading order (brands by region, codes, salts, approvals and
 * their steps), so each source gets one number, in the order a reader meets it.
 */
function citedFacts(drug: Drug): Cited[] {
  const n = drug.names;
  return [
    ...n.brands.flatMap((b) => b.markets),
    ...n.codes,
    ...n.salts,
    ...drug.approvals.flatMap((a) => [a, ...(a.history ?? [])]),
  ];
}

/**
 * The facts that do not come from the interview (names by region, codes, salts and forms,
 * approvals with their dated steps). Each fact carries a source number; the numbered list below
 * names the source, the date it was checked and its address, so a reader can tell which
 * regulator, label or report stands behind which region's fact.
 */
export function DrugFacts({ dataset, drug }: DrugFactsProps) {
  const { sources } = lookup(dataset);
  const n = drug.names;
  const cited = citedFacts(drug);
  if (cited.length === 0 && n.variants.length === 0) return null;
  const refs = [...new Map(cited.map((c) => [key(c), c])).values()];
  const refNo = new Map(refs.map((r, i) => [key(r), i + 1]));
  const ref: RefMark = (fact) => {
    const no = refNo.get(key(fact)) ?? 0;
    return (
      <sup class="muted" title={format(strings.sourceRef, { n: no })}>
        [{no}]
      </sup>
    );
  };
  return (
    <details class="facts">
      <summary>
        {strings.namesHeading} <span class="tag">{strings.notFromInterview}</span>
      </summary>
      <dl>
        {n.brands.length > 0 && (
          <DefinitionRow label={strings.brands}>
            {n.brands.map((b, i) => (
              <span key={i} class="fact">
                <strong>{b.name}</strong>{' '}
                <span class="muted">
                  ({b.markets.map(regionLabel).join(', ')}; {b.form})
                </span>{' '}
                {b.markets.map((m) => (
                  <span key={m.region}>{ref(m)}</span>
                ))}
              </span>
            ))}
          </DefinitionRow>
        )}
        {n.codes.length > 0 && (
          <DefinitionRow label={strings.codes}>
            {n.codes.map((c, i) => (
              <span key={c.code}>
                {i > 0 && ', '}
                {c.code}
                {ref(c)}
              </span>
            ))}
          </DefinitionRow>
        )}
        {n.salts.length > 0 && (
          <DefinitionRow label={strings.salts}>
            {n.salts.map((s, i) => (
              <span key={s.name}>
                {i > 0 && ', '}
                {s.name}
                {ref(s)}
              </span>
            ))}
          </DefinitionRow>
        )}
        {n.variants.length > 0 && (
          <DefinitionRow label={strings.otherNames}>{n.variants.join(', ')}</DefinitionRow>
        )}
        {drug.approvals.length > 0 && (
          <DefinitionRow label={strings.approvals}>
            {drug.approvals.map((a, i) => (
              <ApprovalFact key={i} approval={a} refMark={ref} />
            ))}
          </DefinitionRow>
        )}
      </dl>
      {refs.length > 0 && (
        <ol class="src" aria-label={strings.factSources}>
          {refs.map((r) => (
            <li key={key(r)}>
              [{refNo.get(key(r))}] <SourceLine source={sources.get(r.sourceId)} cited={r} />
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}

function regionLabel(m: BrandMarket): string {
  return m.withdrawn
    ? `${m.region}, ${format(strings.withdrawn, { date: m.withdrawn })}`
    : m.region;
}

function ApprovalFact({ approval: a, refMark }: { approval: Approval; refMark: RefMark }) {
  return (
    <span class="fact">
      {a.region}: {strings.approvalStatus[a.status] ?? a.status}
      {a.detail && (
        <span class="muted small fact">
          {a.detail}
          {refMark(a)}
        </span>
      )}
      {a.history?.map((s, i) => (
        <span key={i} class="muted small fact">
          {s.date === 'not-confirmed' ? strings.dateNotConfirmed : s.date}: {s.population}
          {s.note && ` (${s.note})`}
          {refMark(s)}
        </span>
      ))}
    </span>
  );
}

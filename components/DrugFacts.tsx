import type { ComponentChildren } from 'preact';
import type { Dataset, Drug } from '@/data/schema';
import { lookup } from '@/data/queries';
import { strings } from './strings';

export interface DrugFactsProps {
  dataset: Dataset;
  drug: Drug;
}

interface Supplemental {
  sourceId: string;
  asOf: string;
}

/** The facts that do not come from the interview (names by region, codes, approvals). */
export function DrugFacts({ dataset, drug }: DrugFactsProps) {
  const { sources } = lookup(dataset);
  const n = drug.names;
  const cited: Supplemental[] = [...n.brands, ...n.codes, ...n.salts, ...drug.approvals];
  if (cited.length === 0 && n.variants.length === 0) return null;
  const refs = [...new Map(cited.map((c) => [`${c.sourceId}|${c.asOf}`, c])).values()];
  return (
    <details class="facts">
      <summary>
        {strings.namesHeading} <span class="tag">{strings.notFromInterview}</span>
      </summary>
      <dl>
        {n.brands.length > 0 && (
          <Row label={strings.brands}>
            {n.brands.map((b, i) => (
              <span key={i} class="fact">
                <strong>{b.name}</strong>{' '}
                <span class="muted">
                  ({b.regions.join(', ')}; {b.form})
                </span>
              </span>
            ))}
          </Row>
        )}
        {n.codes.length > 0 && (
          <Row label={strings.codes}>{n.codes.map((c) => c.code).join(', ')}</Row>
        )}
        {n.salts.length > 0 && (
          <Row label={strings.salts}>{n.salts.map((s) => s.name).join(', ')}</Row>
        )}
        {n.variants.length > 0 && <Row label={strings.otherNames}>{n.variants.join(', ')}</Row>}
        {drug.approvals.length > 0 && (
          <Row label={strings.approvals}>
            {drug.approvals.map((a, i) => (
              <span key={i} class="fact">
                {a.region}: {strings.approvalStatus[a.status] ?? a.status}
                {a.detail && <span class="muted small fact">{a.detail}</span>}
              </span>
            ))}
          </Row>
        )}
      </dl>
      {refs.map((r) => (
        <p key={`${r.sourceId}|${r.asOf}`} class="src">
          {strings.source}: {strings.asOf(sources.get(r.sourceId)?.title ?? r.sourceId, r.asOf)}
        </p>
      ))}
    </details>
  );
}

function Row({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

import { Fragment } from 'preact';
import type { Dataset } from '@/data/schema';
import type { PageReport } from '@/core/report';
import { comparisonColumnDrugs, displayName, lookup } from '@/data/queries';
import { format, strings } from '@/core/strings';

export interface CompareViewProps {
  dataset: Dataset;
  report: PageReport;
  onOpenDrug: (drugId: string) => void;
}

/**
 * The oral JAK inhibitor vs biologic table from the dataset. Each column header lists the drugs
 * this page mentions that the column's rows are about (`comparisonColumnDrugs`: not every member
 * of the class, so tofacitinib never sits beside claims about AD), emphasised and linked to their
 * notes. A row whose interview summary would mislead on its own (label-required tests beside "no
 * lab checks") carries a sourced supplement, shown under it and marked as not from the interview.
 */
export function CompareView({ dataset, report, onOpenDrug }: CompareViewProps) {
  const { comparison } = dataset;
  const { classes, drugs, sources } = lookup(dataset);
  const onPage = report.drugs.flatMap((r) => drugs.get(r.drugId) ?? []);
  const columns = (['jak', 'biologic'] as const).map((side, i) => {
    const classId = comparison.columns[i]!;
    const members = new Set(comparisonColumnDrugs(dataset, side).map((d) => d.id));
    return {
      classId,
      name: classes.get(classId)?.name ?? classId,
      found: onPage.filter((d) => members.has(d.id)),
    };
  });
  return (
    <div class="compare" data-testid="compare">
      <h2 class="view-title">{comparison.title || strings.compareHeading}</h2>
      {comparison.rows.length === 0 ? (
        <p class="muted">{strings.compareEmpty}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{strings.aspect}</th>
                {columns.map((c) => (
                  <th scope="col" key={c.classId} class={c.found.length ? 'hot' : undefined}>
                    {c.name}
                    {c.found.length > 0 && (
                      <span class="found">
                        {c.found.map((d) => (
                          <button
                            type="button"
                            key={d.id}
                            class="mark"
                            onClick={() => onOpenDrug(d.id)}
                          >
                            {displayName(d)}
                            <span class="sr-only"> ({strings.onThisPage})</span>
                          </button>
                        ))}
                      </span>
                    )}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {comparison.rows.map((row) => (
                <Fragment key={row.id}>
                  <tr>
                    <th scope="row">{row.aspect}</th>
                    <td>{row.jak.text}</td>
                    <td>{row.biologic.text}</td>
                  </tr>
                  {row.supplement && (
                    <tr class="supplement" data-testid={`supplement-${row.id}`}>
                      <td colSpan={3} class="small">
                        <span class="tag">{strings.rowSupplement}</span> {row.supplement.text}{' '}
                        <span class="muted">
                          (
                          {row.supplement.sources
                            .map((s) =>
                              format(strings.asOf, {
                                source: sources.get(s.sourceId)?.title ?? s.sourceId,
                                date: s.asOf,
                              }),
                            )
                            .join('; ')}
                          )
                        </span>
                      </td>
                    </tr>
                  )}
                </Fragment>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

import type { Dataset } from '@/data/schema';
import type { PageReport } from '@/core/report';
import { displayName, inClass, lookup } from '@/data/queries';
import { strings } from './strings';

export interface CompareViewProps {
  dataset: Dataset;
  report: PageReport;
  onOpenDrug: (drugId: string) => void;
}

/**
 * The JAK-inhibitor vs biologic table from the dataset. Each column header lists the drugs of
 * its class that this page mentions, emphasised and linked to their notes.
 */
export function CompareView({ dataset, report, onOpenDrug }: CompareViewProps) {
  const { comparison } = dataset;
  const { classes, drugs } = lookup(dataset);
  const onPage = report.drugs.flatMap((r) => drugs.get(r.drugId) ?? []);
  const columns = comparison.columns.map((classId) => ({
    classId,
    name: classes.get(classId)?.name ?? classId,
    found: onPage.filter((d) => inClass(dataset, d, classId)),
  }));
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
                <tr key={row.id}>
                  <th scope="row">{row.aspect}</th>
                  <td>{row.jak.text}</td>
                  <td>{row.biologic.text}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

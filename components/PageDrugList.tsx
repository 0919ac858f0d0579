import type { Dataset } from '@/data/schema';
import type { PageReport } from '@/core/report';
import { useArrowKeys } from './hooks/useArrowKeys';
import { displayName, formsOf, lookup, primaryClass } from '@/data/queries';
import { plural, strings } from '@/core/strings';
import type { CopyText } from './hooks/useCopy';
import { PageExport } from './PageExport';

export interface PageDrugListProps {
  dataset: Dataset;
  report: PageReport;
  onOpenDrug: (drugId: string) => void;
  /** For "Export this page's drugs"; without it there is no export. */
  onCopy?: CopyText;
}

/** The drugs found on the page, in document order, with mention counts, and their export. */
export function PageDrugList({ dataset, report, onOpenDrug, onCopy }: PageDrugListProps) {
  const list = useArrowKeys<HTMLUListElement>({ selector: 'button' });
  const { drugs } = lookup(dataset);
  const rows = report.drugs.flatMap((r) => {
    const drug = drugs.get(r.drugId);
    return drug ? [{ drug, count: r.count }] : [];
  });
  return (
    <div class="page-list">
      <h2 class="view-title">{strings.pageHeading}</h2>
      {rows.length === 0 ? (
        <div class="empty">
          <p>{strings.pageEmpty}</p>
          <p class="muted">{strings.pageEmptyHint}</p>
        </div>
      ) : (
        <ul class="rows" ref={list.ref} onKeyDown={list.onKeyDown}>
          {rows.map(({ drug, count }) => (
            <li key={drug.id}>
              <button
                type="button"
                class="row-btn"
                data-testid="page-drug"
                data-drug-id={drug.id}
                onClick={() => onOpenDrug(drug.id)}
              >
                <span class="row-main">
                  <span class="row-title">{displayName(drug)}</span>
                  <span class="row-sub">
                    {[
                      drug.names.brands
                        .map((b) => b.name)
                        .slice(0, 3)
                        .join(', '),
                      primaryClass(dataset, drug)?.name,
                      // A generic with route forms: say which forms its view holds.
                      formsOf(dataset, drug)
                        .map((f) => f.form)
                        .join(', '),
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                </span>
                <span class="count">{plural(strings.mentions, count)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {report.capped && <p class="muted small">{strings.capped}</p>}
      {rows.length > 0 && onCopy && (
        <PageExport dataset={dataset} report={report} onCopy={onCopy} />
      )}
    </div>
  );
}

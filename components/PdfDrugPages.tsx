import type { ComponentChildren } from 'preact';
import { format, strings } from '@/core/strings';

const labels = strings.reader;

export interface PdfDrugRow {
  drugId: string;
  name: string;
  /** Brands and class, one short line. */
  detail?: string;
  count: number;
  pages: readonly number[];
}

export interface PdfDrugPagesProps {
  heading: ComponentChildren;
  rows: readonly PdfDrugRow[];
  onPage: (drugId: string, page: number) => void;
  onStep: (drugId: string, direction: 1 | -1) => void;
  /** Makes each name a button to the drug's view (in the sidebar: its notes). */
  onOpenDrug?: (drugId: string) => void;
}

/**
 * The drugs of a PDF in document order, each with its count, the pages it is on (each a button
 * to that page's first mention) and previous/next mention buttons. Props in, events out: the
 * reader page wires it; the in-page sidebar can show the same rows for a PDF.
 */
export function PdfDrugPages({ heading, rows, onPage, onStep, onOpenDrug }: PdfDrugPagesProps) {
  return (
    <section class="pdf-drugs" aria-label={typeof heading === 'string' ? heading : undefined}>
      <h2 class="view-title">{heading}</h2>
      <ul class="rows">
        {rows.map((row) => (
          <li key={row.drugId} class="pdf-drug" data-testid="pdf-drug" data-drug-id={row.drugId}>
            <div class="pdf-drug-head">
              {onOpenDrug ? (
                <button
                  type="button"
                  class="row-title link"
                  data-testid="pdf-drug-open"
                  onClick={() => onOpenDrug(row.drugId)}
                >
                  {row.name}
                </button>
              ) : (
                <span class="row-title">{row.name}</span>
              )}
              <span class="count" data-testid="pdf-drug-count">
                {format(labels.mentionCount, { n: row.count })}
              </span>
              <button
                type="button"
                class="step"
                aria-label={`${labels.previousMention}: ${row.name}`}
                title={labels.previousMention}
                onClick={() => onStep(row.drugId, -1)}
              >
                ‹
              </button>
              <button
                type="button"
                class="step"
                aria-label={`${labels.nextMention}: ${row.name}`}
                title={labels.nextMention}
                data-testid="pdf-drug-next"
                onClick={() => onStep(row.drugId, 1)}
              >
                ›
              </button>
            </div>
            {row.detail && <span class="row-sub">{row.detail}</span>}
            <div class="pdf-drug-pages" aria-label={labels.onPages}>
              {row.pages.map((page) => (
                <button
                  type="button"
                  class="page-chip"
                  data-testid="pdf-drug-page"
                  data-page={page}
                  onClick={() => onPage(row.drugId, page)}
                >
                  {format(labels.pageButton, { n: page })}
                </button>
              ))}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * "Export this page's drugs" under the page list: the report as CSV or a Markdown table, to copy
 * or download (core/export.ts writes both, neutralising and escaping the page's text).
 */
import type { Dataset } from '@/data/schema';
import type { PageReport } from '@/core/report';
import { pageDrugsCsv, pageDrugsMarkdown } from '@/core/export';
import { strings } from '@/core/strings';
import { useCopy, type CopyText } from './hooks/useCopy';
import { CopyStatus } from './primitives/CopyStatus';
import { DownloadLink } from './primitives/DownloadLink';

export interface PageExportProps {
  dataset: Dataset;
  report: PageReport;
  onCopy: CopyText;
}

/** A byte-order mark, so spreadsheet programs read the downloaded CSV as UTF-8. */
const BOM = '\ufeff';

export function PageExport({ dataset, report, onCopy }: PageExportProps) {
  const { outcome, copy } = useCopy(onCopy);
  const headings = strings.exportPage.columns;
  const csv = pageDrugsCsv(dataset, report, headings);
  const markdown = pageDrugsMarkdown(dataset, report, headings);
  return (
    <section class="page-export" aria-label={strings.exportPage.heading} data-testid="page-export">
      <p class="panel-heading">{strings.exportPage.heading}</p>
      <div class="panel-actions">
        <button type="button" class="link" data-testid="export-csv" onClick={() => void copy(csv)}>
          {strings.exportPage.copyCsv}
        </button>
        <DownloadLink
          filename="jak-lens-drugs.csv"
          mime="text/csv"
          text={BOM + csv}
          testId="download-csv"
        >
          {strings.exportPage.downloadCsv}
        </DownloadLink>
        <button
          type="button"
          class="link"
          data-testid="export-markdown"
          onClick={() => void copy(markdown)}
        >
          {strings.exportPage.copyMarkdown}
        </button>
        <DownloadLink
          filename="jak-lens-drugs.md"
          mime="text/markdown"
          text={markdown}
          testId="download-markdown"
        >
          {strings.exportPage.downloadMarkdown}
        </DownloadLink>
      </div>
      <CopyStatus outcome={outcome} />
    </section>
  );
}

import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, test, vi } from 'vitest';
import { PageDrugList } from '@/components/PageDrugList';
import type { PageReport } from '@/core/report';
import { axeViolations, createDataset } from '../support/factories';

const dataset = createDataset();
const report: PageReport = {
  drugs: [
    {
      drugId: 'upadacitinib',
      count: 2,
      forms: ['Rinvoq', '=cmd|x'],
      context: '<b>Rinvoq</b> | =SUM(A1) in *text*',
    },
  ],
  totalMentions: 2,
  capped: false,
};

function renderList(onCopy = vi.fn(() => Promise.resolve(true))) {
  const { container } = render(
    <PageDrugList dataset={dataset} report={report} onOpenDrug={vi.fn()} onCopy={onCopy} />,
  );
  return { onCopy, container };
}

const decoded = (link: HTMLElement) => {
  const href = link.getAttribute('href')!;
  return decodeURIComponent(href.slice(href.indexOf(',') + 1));
};

describe('Export this page’s drugs', () => {
  test('copies the drugs as CSV, page text neutralised, and says so', async () => {
    const { onCopy } = renderList();
    fireEvent.click(screen.getByRole('button', { name: 'Copy CSV' }));
    expect(onCopy).toHaveBeenCalledWith(
      '"Drug","Names seen","Mentions","First context"\r\n' +
        '"Upadacitinib","Rinvoq; =cmd|x","2","<b>Rinvoq</b> | =SUM(A1) in *text*"\r\n',
    );
    await waitFor(() => expect(screen.getByTestId('copy-status').textContent).toBe('Copied'));
  });

  test('copies the drugs as an escaped Markdown table', () => {
    const { onCopy } = renderList();
    fireEvent.click(screen.getByRole('button', { name: 'Copy Markdown' }));
    expect(onCopy).toHaveBeenCalledWith(
      '| Drug | Names seen | Mentions | First context |\n' +
        '| --- | --- | --: | --- |\n' +
        '| Upadacitinib | Rinvoq; =cmd\\|x | 2 | \\<b\\>Rinvoq\\</b\\> \\| =SUM(A1) in \\*text\\* |\n',
    );
  });

  test('offers both as downloads: CSV with a byte-order mark for spreadsheets', () => {
    renderList();
    const csv = screen.getByRole('link', { name: 'Download CSV' });
    expect(csv.getAttribute('download')).toBe('jak-lens-drugs.csv');
    expect(csv.getAttribute('href')!.startsWith('data:text/csv;charset=utf-8,')).toBe(true);
    expect(decoded(csv)).toMatch(/^\ufeff"Drug","Names seen"/);
    const md = screen.getByRole('link', { name: 'Download Markdown' });
    expect(md.getAttribute('download')).toBe('jak-lens-drugs.md');
    expect(decoded(md)).toMatch(/^\| Drug \| Names seen \|/);
  });

  test('a failed copy shows the text to copy by hand', async () => {
    renderList(vi.fn(() => Promise.resolve(false)));
    fireEvent.click(screen.getByRole('button', { name: 'Copy CSV' }));
    await waitFor(() =>
      expect(screen.getByTestId('copy-status').textContent).toBe(
        'Couldn’t copy — select and copy this text',
      ),
    );
    expect((screen.getByTestId('copy-text') as HTMLTextAreaElement).value).toMatch(/^"Drug",/);
  });

  test('a page without drugs has nothing to export', () => {
    render(
      <PageDrugList
        dataset={dataset}
        report={{ drugs: [], totalMentions: 0, capped: false }}
        onOpenDrug={vi.fn()}
        onCopy={vi.fn(() => Promise.resolve(true))}
      />,
    );
    expect(screen.queryByTestId('page-export')).toBeNull();
  });

  test('has no axe violations', async () => {
    const { container } = renderList();
    expect(await axeViolations(container)).toEqual([]);
  });
});

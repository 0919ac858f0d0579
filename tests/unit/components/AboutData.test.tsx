import { render, screen, within } from '@testing-library/preact';
import { describe, expect, test } from 'vitest';
import { AboutData, changelogBlocks } from '@/components/AboutData';
import { dataset } from '@/data/index';
import { createDataset } from '../support/factories';

describe('AboutData', () => {
  test('shows the data version, the as-of date, the build date and the interview with its date', () => {
    render(<AboutData dataset={createDataset()} buildDate="2026-12-02" />);
    const about = screen.getByTestId('about-data');
    expect(about.textContent).toContain('Data version1.2.3');
    expect(about.textContent).toContain('Facts checked as of2025-06-01');
    expect(about.textContent).toContain('Build date2026-12-02');
    expect(about.textContent).toContain('Dr Eingun James Song');
    expect(about.textContent).toContain('2025');
  });

  test('says when a build does not record its date', () => {
    render(<AboutData dataset={createDataset()} />);
    expect(screen.getByTestId('about-data').textContent).toContain('not recorded in this build');
  });

  test('shows the bundled changelog, the current version first, as text', () => {
    render(<AboutData dataset={dataset} />);
    const log = screen.getByTestId('changelog');
    const headings = within(log)
      .getAllByRole('heading')
      .map((h) => h.textContent);
    expect(headings[0]).toBe(`${dataset.version} — ${dataset.asOf}`);
    expect(log.textContent).toContain('difamilast');
    expect(log.querySelector('a, code, strong, em')).toBeNull();
  });
});

describe('changelogBlocks', () => {
  test('reads headings, list items with continuation lines and paragraphs as plain text', () => {
    const text = '# Title\n\nIntro line\nwraps here.\n\n## 2.0.0\n\n- one\n  more\n- <b>two</b>\n';
    expect(changelogBlocks(text)).toEqual([
      { kind: 'paragraph', text: 'Intro line wraps here.' },
      { kind: 'heading', text: '2.0.0' },
      { kind: 'list', items: ['one more', '<b>two</b>'] },
    ]);
  });

  test('renders markup in the changelog as literal text, never as elements', () => {
    const blocks = changelogBlocks('- <img src=x onerror=alert(1)>');
    expect(blocks).toEqual([{ kind: 'list', items: ['<img src=x onerror=alert(1)>'] }]);
  });
});

import { fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { describe, expect, test, vi } from 'vitest';
import { SearchView, type SearchViewProps } from '@/components/SearchView';
import * as search from '@/core/search';
import { axeViolations, createDataset } from '../support/factories';

function Harness(props: Partial<SearchViewProps>) {
  const [query, setQuery] = useState(props.query ?? '');
  return (
    <SearchView
      dataset={props.dataset ?? createDataset()}
      query={query}
      onQueryChange={setQuery}
      onOpenDrug={props.onOpenDrug ?? vi.fn()}
      announce={props.announce ?? vi.fn()}
    />
  );
}

const type = (text: string) =>
  fireEvent.input(screen.getByTestId('search-input'), { target: { value: text } });
const results = () => screen.queryAllByTestId('search-result');

describe('SearchView', () => {
  test('builds the index on the first query, not on mount', () => {
    const build = vi.spyOn(search, 'getSearchIndex');
    render(<Harness />);
    expect(build).not.toHaveBeenCalled();
    type('rinv');
    expect(build).toHaveBeenCalled();
  });

  test('groups results by kind under headings, best group first, notes titled by topic', () => {
    render(<Harness />);
    type('easi');
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual(['Glossary', 'Notes']);
    expect(results().map((r) => r.dataset.kind)).toEqual(['glossary', 'note']);
    expect(results()[1]?.textContent).toContain('Efficacy · Upadacitinib');
  });

  test.each([['rinv'], ['upadacitnib'], ['ABT-494']])('finds upadacitinib first for “%s”', (q) => {
    render(<Harness />);
    type(q);
    expect(results()[0]?.textContent).toContain('Upadacitinib');
  });

  test('Enter opens the first result', () => {
    const onOpenDrug = vi.fn();
    render(<Harness onOpenDrug={onOpenDrug} />);
    type('cibinqo');
    fireEvent.keyDown(screen.getByTestId('search-input'), { key: 'Enter' });
    expect(onOpenDrug).toHaveBeenCalledWith('abrocitinib', undefined);
  });

  test('a note result opens its drug at that note', () => {
    const onOpenDrug = vi.fn();
    render(<Harness onOpenDrug={onOpenDrug} />);
    type('conjunctivitis');
    fireEvent.click(results()[0]!);
    expect(onOpenDrug).toHaveBeenCalledWith('dupilumab', 'dupi-safety');
  });

  test('a glossary result expands its definition in place', () => {
    render(<Harness />);
    type('tyk2');
    const hit = results()[0]!;
    expect(hit.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(hit);
    expect(hit.getAttribute('aria-expanded')).toBe('true');
    expect(hit.textContent).toContain('Tyrosine kinase 2.');
  });

  test('arrow keys move from the input through the results and back', () => {
    render(<Harness />);
    type('oral');
    const input = screen.getByTestId('search-input');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(results()[0]);
    fireEvent.keyDown(results()[0]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(results()[1]);
    fireEvent.keyDown(results()[1]!, { key: 'ArrowUp' });
    fireEvent.keyDown(results()[0]!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(input);
  });

  test('announces the number of results and says when there are none', () => {
    const announce = vi.fn();
    render(<Harness announce={announce} />);
    type('rinvoq');
    expect(announce).toHaveBeenLastCalledWith('1 result');
    type('zzzzzz');
    expect(announce).toHaveBeenLastCalledWith('No results for “zzzzzz”.');
    expect(screen.getByText('No results for “zzzzzz”.')).toBeTruthy();
  });

  test('has no axe violations with results shown', async () => {
    const { container } = render(<Harness query="jak" />);
    expect(await axeViolations(container)).toEqual([]);
  });
});

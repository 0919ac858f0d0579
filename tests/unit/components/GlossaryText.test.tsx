import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, test } from 'vitest';
import { GlossaryText } from '@/components/GlossaryText';
import { axeViolations, createDataset } from '../support/factories';

const { glossary } = createDataset();

describe('GlossaryText', () => {
  test('makes the first occurrence of each term focusable with its definition as description', () => {
    render(
      <p>
        <GlossaryText text="TYK2 differs from TYK2 blockers; EASI-90 too." glossary={glossary} />
      </p>,
    );
    const terms = document.querySelectorAll<HTMLElement>('.gloss');
    expect([...terms].map((t) => t.firstChild?.textContent)).toEqual(['TYK2', 'EASI-90']);
    expect(terms[0]?.tabIndex).toBe(0);
    const tip = document.getElementById(terms[0]!.getAttribute('aria-describedby')!);
    expect(tip?.getAttribute('role')).toBe('tooltip');
    expect(tip?.textContent).toBe('TYK2 Tyrosine kinase 2.');
  });

  test('shows the definition on focus and hover and hides it on blur, leave and Escape', () => {
    render(<GlossaryText text="a boxed warning" glossary={glossary} />);
    const term = document.querySelector<HTMLElement>('.gloss')!;
    const tip = screen.getByRole('tooltip', { hidden: true });
    expect(tip.hidden).toBe(true);
    fireEvent.focus(term);
    expect(tip.hidden).toBe(false);
    fireEvent.blur(term);
    expect(tip.hidden).toBe(true);
    fireEvent.mouseEnter(term);
    expect(tip.hidden).toBe(false);
    fireEvent.mouseLeave(term);
    fireEvent.focus(term);
    fireEvent.keyDown(term, { key: 'Escape' });
    expect(tip.hidden).toBe(true);
  });

  test('renders plain text unchanged when there is no term', () => {
    const { container } = render(<GlossaryText text="<b>plain</b>" glossary={glossary} />);
    expect(container.textContent).toBe('<b>plain</b>');
    expect(container.querySelector('b, .gloss')).toBeNull();
  });

  test('has no axe violations with a tooltip open', async () => {
    const { container } = render(
      <p>
        <GlossaryText text="EASI-90 and TYK2" glossary={glossary} />
      </p>,
    );
    fireEvent.focus(document.querySelector('.gloss')!);
    expect(await axeViolations(container)).toEqual([]);
  });
});

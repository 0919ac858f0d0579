import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, test, vi } from 'vitest';
import { HoverCard, type HoverCardProps } from '@/components/HoverCard';
import { axeViolations, createDataset } from '../support/factories';

function createHoverCardProps(overrides: Partial<HoverCardProps> = {}): HoverCardProps {
  return {
    dataset: createDataset(),
    card: { drugId: 'upadacitinib', x: 100, y: 200 },
    onOpenNotes: vi.fn(),
    onClose: vi.fn(),
    onHold: vi.fn(),
    ...overrides,
  };
}

describe('HoverCard', () => {
  test('shows name, brands, class and target chips and the summary', () => {
    render(<HoverCard {...createHoverCardProps()} />);
    const card = screen.getByTestId('hover-card');
    expect(card.getAttribute('aria-label')).toBe('Upadacitinib');
    expect(card.textContent).toContain('Rinvoq');
    expect(card.textContent).toContain('Oral JAK inhibitors');
    expect(card.textContent).toContain('JAK1-selective');
    expect(card.textContent).toContain('Oral JAK1-selective inhibitor.');
  });

  test('asks “Did you mean …?” for a misspelt name, and only then', () => {
    const card = { drugId: 'upadacitinib', x: 100, y: 200, didYouMean: 'Rinvoq' };
    const { unmount } = render(<HoverCard {...createHoverCardProps({ card })} />);
    expect(screen.getByTestId('hover-card-did-you-mean').textContent).toBe('Did you mean Rinvoq?');
    unmount();
    render(<HoverCard {...createHoverCardProps()} />);
    expect(screen.queryByTestId('hover-card-did-you-mean')).toBeNull();
  });

  test('“Don’t show cards on this site” is a button that reports the choice, shown only when offered', () => {
    const onHideOnSite = vi.fn();
    const { unmount } = render(<HoverCard {...createHoverCardProps({ onHideOnSite })} />);
    fireEvent.click(screen.getByRole('button', { name: 'Don’t show cards on this site' }));
    expect(onHideOnSite).toHaveBeenCalledTimes(1);
    unmount();
    render(<HoverCard {...createHoverCardProps()} />);
    expect(screen.queryByTestId('hover-card-hide-on-site')).toBeNull();
  });

  test('sits near the point, inside the viewport', () => {
    render(
      <HoverCard {...createHoverCardProps({ card: { drugId: 'upadacitinib', x: 5000, y: 20 } })} />,
    );
    const { left, top } = screen.getByTestId('hover-card').style;
    expect(parseFloat(left)).toBeLessThanOrEqual(window.innerWidth);
    expect(top).toBe('32px');
  });

  test('“Open notes” opens the drug; Escape closes; the pointer holds it open', () => {
    const props = createHoverCardProps();
    render(<HoverCard {...props} />);
    const card = screen.getByTestId('hover-card');
    fireEvent.click(screen.getByRole('button', { name: 'Open notes' }));
    fireEvent.keyDown(card, { key: 'Escape' });
    fireEvent.pointerEnter(card);
    fireEvent.pointerLeave(card);
    expect(props.onOpenNotes).toHaveBeenCalledWith('upadacitinib');
    expect(props.onClose).toHaveBeenCalledOnce();
    expect(vi.mocked(props.onHold).mock.calls).toEqual([[true], [false]]);
  });

  test('renders nothing for an unknown drug', () => {
    render(<HoverCard {...createHoverCardProps({ card: { drugId: 'nope', x: 0, y: 0 } })} />);
    expect(screen.queryByTestId('hover-card')).toBeNull();
  });

  test('has no axe violations', async () => {
    const { container } = render(<HoverCard {...createHoverCardProps()} />);
    expect(await axeViolations(container)).toEqual([]);
  });
});

/**
 * Escape closes the innermost thing that is open: the glossary tooltip, the hover card, the
 * panel. Each handles Escape on its own element and marks the event handled
 * (`preventDefault`), and an outer one ignores an Escape already handled inside it, so one press
 * closes one thing (WCAG 1.4.13 for the tooltip).
 */

export interface EscapeOptions {
  /** Whether there is anything to close now (default true); otherwise the key passes on. */
  active?: boolean;
  /** Also keep the event from bubbling further out (to the panel and the page's listeners). */
  stopPropagation?: boolean;
}

/** A keydown handler that calls `onEscape` for an Escape not yet handled. */
export function useEscape(
  onEscape: () => void,
  { active = true, stopPropagation = false }: EscapeOptions = {},
): (event: KeyboardEvent) => void {
  return (event) => {
    if (event.key !== 'Escape' || event.defaultPrevented || !active) return;
    event.preventDefault();
    if (stopPropagation) event.stopPropagation();
    onEscape();
  };
}

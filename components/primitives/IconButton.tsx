/**
 * A button that shows only an icon: the label is its accessible name and its tooltip, and the
 * SVG is hidden from assistive technology and from focus (old Edge/IE focused inline SVG). The
 * icons are strokes on a 24×24 grid, coloured by `currentColor` in the sidebar stylesheet.
 */

/** The icons we draw, as SVG path data. */
const ICON_PATHS = {
  settings:
    'M12 8.5a3.5 3.5 0 1 0 0 7 3.5 3.5 0 0 0 0-7Zm8.4 2.2-1.9-.4a6.9 6.9 0 0 0-.7-1.7l1.1-1.6-1.9-1.9-1.6 1.1a6.9 6.9 0 0 0-1.7-.7l-.4-1.9h-2.6l-.4 1.9a6.9 6.9 0 0 0-1.7.7L6.9 5.1 5 7l1.1 1.6a6.9 6.9 0 0 0-.7 1.7l-1.9.4v2.6l1.9.4c.2.6.4 1.2.7 1.7L5 17l1.9 1.9 1.6-1.1c.5.3 1.1.5 1.7.7l.4 1.9h2.6l.4-1.9c.6-.2 1.2-.4 1.7-.7l1.6 1.1L19 17l-1.1-1.6c.3-.5.5-1.1.7-1.7l1.9-.4v-2.6Z',
  close: 'M6 6l12 12M18 6 6 18',
  /** The launcher pill's smaller close cross. */
  dismiss: 'M7 7l10 10M17 7 7 17',
  /** "About this data": an i in a circle. */
  info: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18Zm0 8v5m0-8.5v.5',
  up: 'M6 15l6-6 6 6',
  down: 'M6 9l6 6 6-6',
} as const;

export type IconName = keyof typeof ICON_PATHS;

export interface IconButtonProps {
  icon: IconName;
  /** The accessible name, also shown as the tooltip. */
  label: string;
  onClick: () => void;
  /** The button's class (the sidebar's `icon` style unless given). */
  class?: string;
  testId?: string;
  /** For a button that toggles a view: whether that view is showing (`aria-pressed`). */
  pressed?: boolean;
}

export function IconButton({
  icon,
  label,
  onClick,
  class: cls = 'icon',
  testId,
  pressed,
}: IconButtonProps) {
  return (
    <button
      type="button"
      class={cls}
      aria-label={label}
      aria-pressed={pressed}
      title={label}
      data-testid={testId}
      onClick={onClick}
    >
      <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d={ICON_PATHS[icon]} />
      </svg>
    </button>
  );
}

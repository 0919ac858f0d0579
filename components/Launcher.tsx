import { strings } from './strings';

export interface LauncherProps {
  drugCount: number;
  onOpen: () => void;
  onDismiss: () => void;
}

/** The pill at the page edge that says how many drugs were found; never shown for zero. */
export function Launcher({ drugCount, onOpen, onDismiss }: LauncherProps) {
  if (drugCount <= 0) return null;
  return (
    <aside class="launcher" aria-label={strings.launcherLabel}>
      <button type="button" class="pill" data-testid="launcher" onClick={onOpen}>
        <span class="logo" aria-hidden="true" />
        {strings.launcher(drugCount)}
      </button>
      <button
        type="button"
        class="pill-x"
        aria-label={strings.dismissLauncher}
        title={strings.dismissLauncher}
        onClick={onDismiss}
      >
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M7 7l10 10M17 7 7 17" />
        </svg>
      </button>
    </aside>
  );
}

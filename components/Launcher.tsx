import { IconButton } from './primitives/IconButton';
import { plural, strings } from '@/core/strings';

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
        {plural(strings.launcher, drugCount)}
      </button>
      <IconButton
        icon="dismiss"
        class="pill-x"
        label={strings.dismissLauncher}
        onClick={onDismiss}
      />
    </aside>
  );
}

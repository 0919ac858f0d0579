import type { Dataset } from '@/data/schema';
import { strings } from './strings';

export interface SidebarHeaderProps {
  dataset: Pick<Dataset, 'version' | 'asOf'>;
  onClose: () => void;
  onOpenSettings: () => void;
}

/** Product name, data version and date, settings and close. */
export function SidebarHeader({ dataset, onClose, onOpenSettings }: SidebarHeaderProps) {
  return (
    <div class="head">
      <div class="brand">
        <span class="logo" aria-hidden="true" />
        <span>
          <span class="name">{strings.product}</span>
          <span class="ver">{strings.dataVersion(dataset.version, dataset.asOf)}</span>
        </span>
      </div>
      <button
        type="button"
        class="icon"
        aria-label={strings.settings}
        title={strings.settings}
        onClick={onOpenSettings}
      >
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M12 8.5a3.5 3.5 0 1 0 0 7 3.5 3.5 0 0 0 0-7Zm8.4 2.2-1.9-.4a6.9 6.9 0 0 0-.7-1.7l1.1-1.6-1.9-1.9-1.6 1.1a6.9 6.9 0 0 0-1.7-.7l-.4-1.9h-2.6l-.4 1.9a6.9 6.9 0 0 0-1.7.7L6.9 5.1 5 7l1.1 1.6a6.9 6.9 0 0 0-.7 1.7l-1.9.4v2.6l1.9.4c.2.6.4 1.2.7 1.7L5 17l1.9 1.9 1.6-1.1c.5.3 1.1.5 1.7.7l.4 1.9h2.6l.4-1.9c.6-.2 1.2-.4 1.7-.7l1.6 1.1L19 17l-1.1-1.6c.3-.5.5-1.1.7-1.7l1.9-.4v-2.6Z" />
        </svg>
      </button>
      <button
        type="button"
        class="icon"
        aria-label={strings.close}
        title={strings.close}
        data-testid="close"
        onClick={onClose}
      >
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M6 6l12 12M18 6 6 18" />
        </svg>
      </button>
    </div>
  );
}

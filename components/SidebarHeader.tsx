import type { Dataset } from '@/data/schema';
import { IconButton } from './primitives/IconButton';
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
      <IconButton icon="settings" label={strings.settings} onClick={onOpenSettings} />
      <IconButton icon="close" label={strings.close} testId="close" onClick={onClose} />
    </div>
  );
}

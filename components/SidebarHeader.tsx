import type { Dataset } from '@/data/schema';
import { IconButton } from './primitives/IconButton';
import { format, strings } from '@/core/strings';

export interface SidebarHeaderProps {
  dataset: Pick<Dataset, 'version' | 'asOf'>;
  onClose: () => void;
  onOpenSettings: () => void;
  /** Whether "About this data" is showing; its button toggles it. */
  aboutOpen: boolean;
  onToggleAbout: () => void;
}

/** Product name, data version and date, "About this data", settings and close. */
export function SidebarHeader(props: SidebarHeaderProps) {
  const { dataset } = props;
  return (
    <div class="head">
      <div class="brand">
        <span class="logo" aria-hidden="true" />
        <span>
          <span class="name">{strings.extensionName}</span>
          <span class="ver">
            {format(strings.dataVersion, { version: dataset.version, date: dataset.asOf })}
          </span>
        </span>
      </div>
      <IconButton
        icon="info"
        label={strings.aboutTab}
        testId="about-open"
        pressed={props.aboutOpen}
        onClick={props.onToggleAbout}
      />
      <IconButton
        icon="settings"
        label={strings.settings}
        testId="open-settings"
        onClick={props.onOpenSettings}
      />
      <IconButton icon="close" label={strings.close} testId="close" onClick={props.onClose} />
    </div>
  );
}

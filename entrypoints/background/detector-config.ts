/**
 * The configuration the background hands stage 1 (docs/design.md, "Two stages"): settings read
 * through the one schema here, reduced to what the detector needs, so the per-page bundle never
 * carries the schema or the string table. Frames follow their top page's site rules: the site is
 * the tab's, not the frame's.
 */
import type { DetectorConfig, LauncherLabels } from '@/core/detector-protocol';
import { hoverCardsOnHost, isEnabledOnHost, type Settings } from '@/core/settings';
import { strings } from '@/core/strings';
import { dataset } from '@/data';
import { drugFilter, drugGroups } from '@/data/queries';

const groups = drugGroups(dataset);
const drugIds = dataset.drugs.map((drug) => drug.id);

/** The launcher's words in the interface language now set (core/locale.ts). */
export function launcherLabels(lang: string): LauncherLabels {
  return {
    lang,
    region: strings.launcherLabel,
    one: strings.launcher.one,
    other: strings.launcher.other,
    dismiss: strings.dismissLauncher,
    uiFailed: strings.sidebarUnavailable,
  };
}

function hostnameOf(url: string | undefined): string | null {
  try {
    return url ? new URL(url).hostname : null;
  } catch {
    return null;
  }
}

/** The detector's configuration for a frame of the tab showing `tabUrl`. */
export function detectorConfig(
  settings: Settings,
  tabUrl: string | undefined,
  lang: string,
): DetectorConfig {
  const host = hostnameOf(tabUrl);
  const isEnabled = drugFilter(groups, settings.groups);
  return {
    enabled: host === null ? settings.siteMode === 'all' : isEnabledOnHost(settings, host),
    highlightStyle: settings.highlightStyle,
    disabledDrugs: drugIds.filter((id) => !isEnabled(id)),
    autoOpen: settings.autoOpen,
    fuzzy: settings.fuzzyMatching,
    // Pointer cards: off everywhere, or on a site the user said "Don't show cards on this site" for.
    hoverCards: host === null ? settings.hoverCards : hoverCardsOnHost(settings, host),
    theme: settings.theme,
    side: settings.side,
    labels: launcherLabels(lang),
    settings,
  };
}

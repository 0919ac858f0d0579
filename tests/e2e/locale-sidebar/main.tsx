/**
 * A test page for tests/e2e/locale-de.test.ts, bundled by that test with Vite: the real sidebar
 * (sidebar/mount.tsx, components/App) mounted in a shadow root with a fixed report, in the
 * language of `?lang=` (core/locale.ts), so its labels can be measured in German while the
 * content script's wiring of the language setting is not in place. Plain page, no extension.
 */
import { dataset } from '@/data';
import baseCss from '@/components/styles/base.css?inline';
import type { LanguageChoice } from '@/core/languages';
import { setLanguage } from '@/core/locale';
import type { PageReport } from '@/core/report';
import { SIDEBAR_WIDTH } from '@/core/settings';
import { mountSidebarHost } from '@/sidebar/mount';

const params = new URLSearchParams(location.search);
const choice = (params.get('lang') ?? 'de') as LanguageChoice;
/** `?width=` px; by default the narrowest sidebar the resize handle allows, the hardest case. */
const width = Number(params.get('width')) || SIDEBAR_WIDTH.min;
const lang = setLanguage(choice);

const DRUGS = ['upadacitinib', 'abrocitinib', 'dupilumab', 'tralokinumab', 'ruxolitinib'];
const report: PageReport = {
  drugs: DRUGS.map((drugId, i) => ({ drugId, count: i + 1, forms: [drugId], context: '' })),
  totalMentions: 15,
  capped: true,
};

const element = document.createElement('jaklens-test-host');
element.lang = lang;
document.documentElement.append(element);
const shadow = element.attachShadow({ mode: 'open' });
// What stage 1 puts in the shadow root before the sidebar (sidebar/launcher.ts).
const base = document.createElement('style');
base.textContent = baseCss;
shadow.append(base);
const host = mountSidebarHost({
  document,
  element,
  shadow,
  dataset,
  onOpenChange: () => undefined,
  onScrollToMention: () => undefined,
  onWidthChange: () => undefined,
  onOpenSettings: () => undefined,
  onCopy: () => Promise.resolve(true),
});
host.setUi({ sidebarWidth: width });
host.update(report);
host.open();

import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { findDetectorLink } from '@/sidebar/stage-link';
import { startUi } from './wiring';

/**
 * Stage 2 (docs/design.md, "Two stages"): the sidebar, the hover card, the dataset and search.
 * Not declared in the manifest: the background injects it into a tab's top frame with
 * `scripting.executeScript` when stage 1 asks, and it attaches to stage 1's host through the
 * isolated world's one global. Injected where no live stage 1 is (it went away meanwhile), it
 * does nothing.
 */
export default defineUnlistedScript(() => {
  const link = findDetectorLink();
  if (link) startUi(link);
});

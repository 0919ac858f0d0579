import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { takeGateHandoff } from '../content/handoff';
import { startDetector } from '../content/detector';

/**
 * The detector (docs/design.md, "Two stages"): scanning, highlights, watching, hit-testing and
 * the launcher. Not declared in the manifest: the gate (entrypoints/content/) has the background
 * inject it into its frame once the frame's text might name a drug or the user asks for JAK Lens
 * there. It takes over the gate's page lifetime and configuration.
 */
export default defineUnlistedScript(() => {
  const handoff = takeGateHandoff();
  if (!handoff) return;
  handoff.stop();
  startDetector(handoff.ctx, document, handoff.isTop, handoff);
});

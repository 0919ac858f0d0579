/**
 * Which frames the detector scans (docs/design.md, "Two stages"). Every frame gets the content
 * script, but most frames on the web are ads, trackers and widgets: a frame is scanned only when
 * it is big enough to be read and may run scripts. Reads the frame's own window only, so it works
 * the same for same-origin, cross-origin and srcdoc frames.
 */

/** Frames smaller than this on either side (tracking pixels, ad slots, hidden frames) are skipped. */
export const MIN_FRAME_SIZE = 50;

/** Whether the detector should run in `win` (the top window always does). */
export function isScannableFrame(win: Window): boolean {
  if (win === win.top) return true;
  if (win.innerWidth < MIN_FRAME_SIZE || win.innerHeight < MIN_FRAME_SIZE) return false;
  return !forbidsScripts(win);
}

/**
 * A sandboxed frame that forbids scripts. Its element can be read only where the parent is
 * same-origin; a sandbox without `allow-same-origin` gives the frame an opaque origin instead,
 * and from inside it cannot be told whether scripts are allowed, so such frames (typically ads
 * and third-party widgets) are skipped too. A srcdoc frame without a sandbox inherits its
 * parent's origin and is scanned.
 */
function forbidsScripts(win: Window): boolean {
  try {
    // The element is the parent's (another realm): check its name, not `instanceof`.
    const element = win.frameElement as HTMLIFrameElement | null;
    if (element?.localName === 'iframe' && element.hasAttribute('sandbox')) {
      return !element.sandbox.contains('allow-scripts');
    }
  } catch {
    // A cross-origin parent: frameElement throws in some browsers; decide by origin below.
  }
  return win.origin === 'null';
}

/**
 * What the reader does with a `file:` URL (`reader.html?file=file:///…`, from the context menu on
 * a link to a local PDF). Chrome lets an extension page read local files only when the user
 * turned on "Allow access to file URLs" for it (chrome://extensions, Details), which
 * `extension.isAllowedFileSchemeAccess()` reports, and the optional `file:///*` host permission
 * is granted. Firefox never lets an extension page read `file:` URLs, whatever is allowed: there
 * only the picker and drag and drop open local PDFs.
 */

/** The host-permission pattern for local files (optional, Chrome only; README, Permissions). */
export const FILE_PATTERN = 'file:///*';

export type LocalFilePlan =
  /** Open it: the user allowed file access (the fetch asks for {@link FILE_PATTERN} if needed). */
  | 'open'
  /** Chrome without file access: say where to allow it, and offer the picker. */
  | 'explain-chrome'
  /** Firefox: say it cannot, and offer the picker. */
  | 'picker-only';

export function localFilePlan(firefox: boolean, fileAccessAllowed: boolean): LocalFilePlan {
  if (firefox) return 'picker-only';
  return fileAccessAllowed ? 'open' : 'explain-chrome';
}

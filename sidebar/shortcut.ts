/**
 * The page-level keyboard shortcut that toggles the sidebar. The browser's own command
 * (`commands` in the manifest) also toggles it, but only where the user has not reassigned or
 * lost the binding; this one works on every page we run in.
 */

/** Alt+Shift+J, matched by physical key so it also works where Alt changes the character (macOS). */
export function isToggleShortcut(
  e: Pick<KeyboardEvent, 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'code' | 'key'>,
): boolean {
  return (
    e.altKey &&
    e.shiftKey &&
    !e.ctrlKey &&
    !e.metaKey &&
    (e.code === 'KeyJ' || e.key.toLowerCase() === 'j')
  );
}

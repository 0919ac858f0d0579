/**
 * Arrow-key movement between the items of a list (Up/Down, Home/End), so a long list is one Tab
 * stop away from the next region yet every item stays reachable. Returns true when it moved.
 */
export function moveFocusInList(
  event: KeyboardEvent,
  container: Element | null,
  selector: string,
): boolean {
  if (!container || !['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(event.key)) return false;
  const items = [...container.querySelectorAll<HTMLElement>(selector)];
  // Inside a shadow root the document only sees the host as active; the root knows the real one.
  const active = (container.getRootNode() as Document | ShadowRoot).activeElement;
  const i = items.indexOf(active as HTMLElement);
  const last = items.length - 1;
  const next = { Home: 0, End: last, ArrowDown: i + 1, ArrowUp: i - 1 }[event.key] ?? i;
  const target = items[Math.max(0, Math.min(last, next))];
  if (!target) return false;
  event.preventDefault();
  target.focus();
  return true;
}

/**
 * The one element we add to the page: a custom element with a per-page-load random tag name and
 * a closed shadow root, so page scripts and page CSS can neither find nor restyle what is inside.
 *
 * Why not WXT's `createShadowRootUi`: it is async (it fetches the entry's CSS), takes a fixed
 * name, defaults to an open root, may add a `<style>` to the page's `<head>` for document-level
 * rules, and has no notion of a page that defines our name or removes our element. We need the
 * host synchronously when the first report arrives, a name the page cannot predict (retried when
 * taken), nothing in the page's `<head>`, and the bounded re-attach of `guards/host-guard.ts`.
 */

/** The body of our host's tag name: `x-` and ten lowercase letters. */
const HOST_TAG_SOURCE = 'x-[a-z]{10}';

/**
 * Tag names {@link randomTagName} makes; `guards/stale-copies.ts` finds an earlier copy's host
 * by it after an add-on update.
 */
export const HOST_TAG = new RegExp(`^${HOST_TAG_SOURCE}$`);

const MAX_NAME_ATTEMPTS = 8;

/** `x-` and ten random lowercase letters: a valid custom-element name that pages cannot guess. */
function randomTagName(): string {
  const bytes = new Uint8Array(10);
  globalThis.crypto.getRandomValues(bytes);
  return `x-${Array.from(bytes, (b) => String.fromCharCode(97 + (b % 26))).join('')}`;
}

/**
 * Creates the host element and its closed shadow root, trying new names when the page has
 * defined that custom element or when `attachShadow` fails (a page-defined element may already
 * have a shadow root). Throws after a bounded number of attempts.
 */
export function createHostElement(
  doc: Document,
  nextName: () => string = randomTagName,
): { element: HTMLElement; shadow: ShadowRoot } {
  for (let attempt = 0; attempt < MAX_NAME_ATTEMPTS; attempt++) {
    const name = nextName();
    try {
      // `customElements` is null in Chromium's isolated world; attachShadow failing covers that case.
      if (doc.defaultView?.customElements?.get(name)) continue;
      const element = doc.createElement(name);
      const shadow = element.attachShadow({ mode: 'closed' });
      return { element, shadow };
    } catch {
      // try another name
    }
  }
  throw new Error('JAK Lens: could not create the sidebar host element');
}

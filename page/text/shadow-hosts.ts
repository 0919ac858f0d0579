/**
 * Finding open shadow roots without a TreeWalker: one tight indexed loop over the live
 * `getElementsByTagName('*')` collection (native, cached) reading `shadowRoot`. Closed roots read
 * as null, which is right: a content script cannot reach them in Chromium.
 */

/** Elements checked between two `shouldYield` calls. */
const CHECK_EVERY = 1024;

/** A resumable search of `root` (itself included) for an element with an open shadow root. */
export class ShadowHostScan {
  private readonly all: HTMLCollectionOf<Element>;
  private next = 0;

  constructor(
    private readonly root: Element | Document,
    private readonly isOwnElement?: (el: Element) => boolean,
  ) {
    this.all = root.getElementsByTagName('*');
  }

  /** True once a host is found, false once there is none, undefined when it stopped early. */
  step(shouldYield: () => boolean): boolean | undefined {
    if (this.next === 0 && this.root.nodeType === 1 && this.isHost(this.root as Element)) {
      return true;
    }
    const all = this.all;
    let budget = CHECK_EVERY;
    for (; this.next < all.length; this.next++) {
      const el = all[this.next]!;
      if (el.shadowRoot && this.isHost(el)) return true;
      if (--budget === 0) {
        budget = CHECK_EVERY;
        if (shouldYield()) {
          this.next++;
          return undefined;
        }
      }
    }
    return false;
  }

  private isHost(el: Element): boolean {
    return el.shadowRoot != null && !(this.isOwnElement?.(el) ?? false);
  }
}

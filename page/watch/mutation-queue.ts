/**
 * One MutationObserver for the page (and each open shadow root we scanned). The callback only
 * records where things changed; the work happens later, in an idle callback, on a merged batch.
 */
import { BLOCK_TAGS } from '../text/rules';

export interface MutationBatch {
  /**
   * Where to look again: the parent of inline changes (edited or removed text can join the
   * neighbours into a name) or an added block element itself (blocks never join).
   */
  touched: Set<Node>;
  /** Nodes added in total; past a threshold a full rescan is cheaper than many small ones. */
  addedNodes: number;
  /** Something was removed: mentions whose nodes left the document must go. */
  removed: boolean;
}

export interface MutationQueue {
  observe(target: Node): void;
  /** Stops flushing (records still accumulate) while a scan runs. */
  hold(): void;
  /** Resumes flushing; a pending batch is scheduled. */
  release(): void;
  disconnect(): void;
}

/** Idle-callback timeout: a busy page still gets its changes processed within this long. */
const IDLE_TIMEOUT_MS = 300;
/** Attributes that change what is collected (see collect-text.ts). */
const WATCHED_ATTRIBUTES = ['hidden', 'contenteditable', 'open'];

const isBlock = (node: Node) => node.nodeType === 1 && BLOCK_TAGS.has((node as Element).localName);

/**
 * @param ignore Nodes whose insertion or removal is not the page's change: our own sidebar host.
 *   Without it, mounting (or the host guard re-mounting) the host under `<html>` would look like
 *   a change to the whole document and trigger a full rescan each time.
 */
export function createMutationQueue(
  onFlush: (batch: MutationBatch) => void,
  ignore: (node: Node) => boolean = () => false,
): MutationQueue {
  let batch: MutationBatch = { touched: new Set(), addedNodes: 0, removed: false };
  let held = false;
  let scheduled = false;
  let cancelScheduled: (() => void) | undefined;
  const observer = new MutationObserver((records) => {
    record(records);
    schedule();
  });

  function record(records: MutationRecord[]): void {
    for (const r of records) {
      if (r.type === 'childList') {
        const added = [...r.addedNodes].filter((node) => !ignore(node));
        const removed = [...r.removedNodes].filter((node) => !ignore(node));
        batch.addedNodes += added.length;
        for (const node of added) batch.touched.add(isBlock(node) ? node : r.target);
        if (removed.length > 0) {
          batch.removed = true;
          for (const node of removed) if (!isBlock(node)) batch.touched.add(r.target);
        }
      } else if (r.target.parentNode !== null) {
        batch.touched.add(r.target.parentNode);
      }
    }
  }

  const pending = () => batch.touched.size > 0 || batch.removed;

  function flush(): void {
    scheduled = false;
    if (held || !pending()) return;
    const ready = batch;
    batch = { touched: new Set(), addedNodes: 0, removed: false };
    onFlush(ready);
  }

  function schedule(): void {
    if (scheduled || held || !pending()) return;
    scheduled = true;
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(flush, { timeout: IDLE_TIMEOUT_MS });
      cancelScheduled = () => cancelIdleCallback(id);
    } else {
      const id = setTimeout(flush, 50);
      cancelScheduled = () => clearTimeout(id);
    }
  }

  return {
    observe(target) {
      observer.observe(target, {
        childList: true,
        subtree: true,
        characterData: true,
        attributes: true,
        attributeFilter: WATCHED_ATTRIBUTES,
      });
    },
    hold() {
      held = true;
    },
    release() {
      held = false;
      schedule();
    },
    disconnect() {
      observer.disconnect();
      cancelScheduled?.();
      scheduled = false;
      batch = { touched: new Set(), addedNodes: 0, removed: false };
    },
  };
}

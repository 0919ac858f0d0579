/**
 * Time slicing for long scans: work in ~8 ms slices and give the main thread back in between, so
 * a big page never gets a long task from us (input stays responsive, INP is not ours).
 */

/** Slice length: half a 60 Hz frame leaves the page room to paint and handle input. */
export const SLICE_MS = 8;

interface SchedulerWithYield {
  yield?: () => Promise<void>;
}

/** A `shouldYield` for one slice: true once `ms` have passed since it was made. */
export function sliceDeadline(ms = SLICE_MS): () => boolean {
  const end = performance.now() + ms;
  return () => performance.now() >= end;
}

/**
 * Resolves on a fresh task. `scheduler.yield()` (Chromium 129+) keeps our continuation ahead of
 * other queued tasks; elsewhere a MessageChannel message is a task without setTimeout's 4 ms
 * clamp after nesting (https://html.spec.whatwg.org/#timers: nesting level > 5).
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerWithYield }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Runs `step` slice by slice until it returns true (done). Resolves false if `isCancelled()`
 * turns true between slices, so a rescan or stop abandons stale work.
 */
export async function runSliced(
  step: (shouldYield: () => boolean) => boolean,
  isCancelled: () => boolean,
): Promise<boolean> {
  while (!step(sliceDeadline())) {
    await yieldToMain();
    if (isCancelled()) return false;
  }
  return !isCancelled();
}

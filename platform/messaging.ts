/**
 * Sending and receiving extension messages. Two facts shape every call: the receiver may be
 * missing (a closed tab, a page without our content script, an old copy whose runtime went away
 * with an extension update), which is expected and must stay quiet; and a content script that
 * does not answer within a moment is not there. So there is one helper for each, and one
 * listener that parses by direction and dispatches to a handler map until its signal aborts.
 */
import { browser } from 'wxt/browser';
import type { ToContent } from '@/core/detector-protocol';
import { handle, type Handlers } from '@/core/message-dispatch';
import type { ToBackground } from '@/core/messages';

/**
 * Runs `send` and ignores a missing receiver: resolves once delivered or failed, never rejects
 * and never throws (an orphaned content script's runtime throws synchronously).
 */
export async function sendQuietly(send: () => Promise<unknown>): Promise<void> {
  try {
    await send();
  } catch {
    // Nobody there to receive it: nothing to do.
  }
}

/** Runs `ask` and waits at most `ms` for its answer; undefined on timeout or a missing receiver. */
export async function askWithTimeout(ask: () => Promise<unknown>, ms: number): Promise<unknown> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(resolve, ms, undefined);
  });
  try {
    return await Promise.race([ask(), timeout]);
  } catch {
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}

/** To the background, fire and forget. */
export function sendToBackground(message: ToBackground): Promise<void> {
  return sendQuietly(() => browser.runtime.sendMessage(message));
}

/** To the background, with its answer; undefined when it could not be asked. Never rejects. */
export async function askBackground(message: ToBackground): Promise<unknown> {
  try {
    return await browser.runtime.sendMessage(message);
  } catch {
    return undefined;
  }
}

/**
 * Whether a message comes from this extension (its background or popup). Other extensions cannot
 * message our content scripts without `externally_connectable`, but checking costs nothing; an
 * orphaned copy, whose runtime throws, accepts nothing.
 */
function isOurs(sender: unknown): boolean {
  try {
    return (sender as { id?: unknown } | null)?.id === browser.runtime.id;
  } catch {
    return false;
  }
}

/** To a tab's frame (the top one, where the sidebar lives, by default); rejects when none receives. */
export function sendToTab(tabId: number, message: ToContent, frameId = 0): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, message, { frameId });
}

/**
 * Listens on `runtime.onMessage` until `signal` aborts. Each message from this extension is
 * parsed with `parse`; anything it rejects, or from another sender, is ignored and never answered. A handler's result, unless undefined, is
 * the answer (sent synchronously: our answers are plain data the handler already has).
 */
export function receiveMessages<M extends { type: string }>(
  parse: (raw: unknown) => M | null,
  handlers: Handlers<M>,
  signal: AbortSignal,
): void {
  if (signal.aborted) return;
  const listener = (
    raw: unknown,
    sender: unknown,
    sendResponse: (response: unknown) => void,
  ): undefined => {
    if (!isOurs(sender)) return;
    const message = parse(raw);
    if (!message) return;
    const answer = handle(handlers, message);
    if (answer !== undefined) sendResponse(answer);
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener(
    'abort',
    () => {
      try {
        browser.runtime.onMessage.removeListener(listener);
      } catch {
        // The runtime is already gone after an update; nothing left to remove.
      }
    },
    { once: true },
  );
}

import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseToContent, type ToContent } from '@/core/detector-protocol';
import { askWithTimeout, receiveMessages, sendQuietly } from '@/platform/messaging';

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('sendQuietly', () => {
  test('resolves when the receiver is missing, whether the send rejects or throws', async () => {
    await expect(sendQuietly(() => Promise.reject(new Error('no receiver')))).resolves.toBe(
      undefined,
    );
    await expect(
      sendQuietly(() => {
        throw new Error('Extension context invalidated.');
      }),
    ).resolves.toBe(undefined);
  });

  test('sends exactly once', async () => {
    const send = vi.fn(async () => 'ok');
    await sendQuietly(send);
    expect(send).toHaveBeenCalledOnce();
  });
});

describe('askWithTimeout', () => {
  test('gives the answer when it comes in time', async () => {
    expect(await askWithTimeout(async () => 'answer', 1000)).toBe('answer');
  });

  test('gives undefined when nobody answers in time', async () => {
    vi.useFakeTimers();
    const asked = askWithTimeout(() => new Promise(() => undefined), 1500);
    await vi.advanceTimersByTimeAsync(1499);
    let settled = false;
    void asked.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await asked).toBeUndefined();
  });

  test('gives undefined when there is no receiver', async () => {
    expect(await askWithTimeout(() => Promise.reject(new Error('none')), 1000)).toBeUndefined();
  });
});

describe('receiveMessages', () => {
  const handlers = () => ({
    'get-report': vi.fn(() => ({ answer: 'report' })),
    'open-sidebar': vi.fn((_m: Extract<ToContent, { type: 'open-sidebar' }>) => undefined),
    'toggle-sidebar': vi.fn(() => undefined),
    'frame-reports': vi.fn(() => undefined),
    'scroll-to-mention': vi.fn(() => undefined),
  });
  /** What the browser passes for a message from our own background or popup. */
  const ours = () => ({ id: fakeBrowser.runtime.id });

  test('passes valid messages to their handler and answers with its result', async () => {
    const h = handlers();
    receiveMessages(parseToContent, h, new AbortController().signal);
    const respond = vi.fn();
    await fakeBrowser.runtime.onMessage.trigger({ type: 'get-report' }, ours(), respond);
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'open-sidebar', drugId: 'x' },
      ours(),
      respond,
    );
    expect(respond).toHaveBeenCalledExactlyOnceWith({ answer: 'report' });
    expect(h['open-sidebar']).toHaveBeenCalledWith({ type: 'open-sidebar', drugId: 'x' });
  });

  test('ignores and never answers what its direction does not take', async () => {
    const h = handlers();
    receiveMessages(parseToContent, h, new AbortController().signal);
    const respond = vi.fn();
    for (const raw of [{ type: 'report', report: {} }, { type: 'get-report', x: 1 }, 'get-report'])
      await fakeBrowser.runtime.onMessage.trigger(raw, ours(), respond);
    expect(respond).not.toHaveBeenCalled();
    expect(h['get-report']).not.toHaveBeenCalled();
  });

  test.each([
    ['another extension', () => ({ id: 'another-extension-id' })],
    ['a sender without an id', () => ({})],
    ['no sender', () => undefined],
  ])('ignores and never answers a message from %s', async (_, sender) => {
    const h = handlers();
    receiveMessages(parseToContent, h, new AbortController().signal);
    const respond = vi.fn();
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'get-report' },
      sender() as { id?: string },
      respond,
    );
    expect(respond).not.toHaveBeenCalled();
    expect(h['get-report']).not.toHaveBeenCalled();
  });

  test('an orphaned copy, whose runtime throws, accepts nothing', async () => {
    const h = handlers();
    receiveMessages(parseToContent, h, new AbortController().signal);
    const sender = ours();
    vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockImplementation(() => {
      throw new Error('Extension context invalidated.');
    });
    const respond = vi.fn();
    await fakeBrowser.runtime.onMessage.trigger({ type: 'get-report' }, sender, respond);
    expect(h['get-report']).not.toHaveBeenCalled();
  });

  test('stops listening when its signal aborts', () => {
    const controller = new AbortController();
    receiveMessages(parseToContent, handlers(), controller.signal);
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(true);
    controller.abort();
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(false);
  });

  test('an aborted signal never starts listening', () => {
    receiveMessages(parseToContent, handlers(), AbortSignal.abort());
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(false);
  });
});

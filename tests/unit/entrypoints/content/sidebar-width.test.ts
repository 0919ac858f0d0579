/**
 * The sidebar width through the real wiring (startJakLens on happy-dom with WXT's fake browser):
 * the width the resize handle sets is the width stored and the width shown after the storage
 * round trip. The handle and storage once had different bounds, so the open sidebar snapped back
 * from the handle's maximum to storage's ~400 ms after a resize. Events made by script are
 * untrusted and the click guard drops them (correctly), so it is left out here.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { SIDEBAR_WIDTH } from '@/core/settings';
import { startJakLens } from '@/entrypoints/content/lifecycle';
import { loadSettings, saveSettings } from '@/platform/settings-store';
import { installHighlightApi, setBody } from '../../support/page';
import { captureShadowRoots } from '../../support/shadow-roots';

vi.mock('@/sidebar/guards/click-guard', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/sidebar/guards/click-guard')>()),
  guardActions: () => {},
}));

/** Long enough for the wiring's save debounce and storage on a loaded machine. */
const SAVED_WITHIN_MS = 5000;

let ctx: ContentScriptContext;
let roots: ShadowRoot[];

const shadow = () => roots.at(-1)!;
const handle = () => shadow().querySelector<HTMLElement>('[role=separator]');
const shownWidth = () => shadow().querySelector<HTMLElement>('.jl')?.style.getPropertyValue('--w');

async function openSidebar(): Promise<void> {
  setBody('<p>Patients on Rinvoq improved.</p>');
  ctx = new ContentScriptContext('content');
  startJakLens(ctx, document);
  await vi.waitFor(() => expect(roots).toHaveLength(1));
  await fakeBrowser.runtime.onMessage.trigger({ type: 'toggle-sidebar' }, {}, () => {});
  await vi.waitFor(() => expect(handle()).not.toBeNull());
}

function press(key: string): void {
  handle()!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
}

/** Waits until `width` is stored, then until a later storage change has reached the page. */
async function storedAndApplied(width: number): Promise<void> {
  await vi.waitFor(async () => expect((await loadSettings()).sidebarWidth).toBe(width), {
    timeout: SAVED_WITHIN_MS,
  });
  await saveSettings({ ...(await loadSettings()), theme: 'dark' });
  await vi.waitFor(() =>
    expect(shadow().querySelector<HTMLElement>('.jl')?.dataset.theme).toBe('dark'),
  );
}

beforeEach(() => {
  fakeBrowser.reset();
  installHighlightApi();
  roots = captureShadowRoots();
});

afterEach(() => {
  ctx?.abort();
  setBody('');
  document.adoptedStyleSheets = [];
});

describe('sidebar width', () => {
  test('after End on the resize handle, the width shown equals the width stored', async () => {
    await openSidebar();
    press('End');
    expect(shownWidth()).toBe(`${SIDEBAR_WIDTH.max}px`);
    expect(handle()?.getAttribute('aria-valuenow')).toBe(String(SIDEBAR_WIDTH.max));

    await storedAndApplied(SIDEBAR_WIDTH.max);
    expect(shownWidth()).toBe(`${SIDEBAR_WIDTH.max}px`);
    expect(handle()?.getAttribute('aria-valuenow')).toBe(String(SIDEBAR_WIDTH.max));
  });

  test('after Home and an arrow key, the width shown equals the width stored', async () => {
    await openSidebar();
    press('Home');
    press('ArrowLeft');
    const width = SIDEBAR_WIDTH.min + 16;
    expect(shownWidth()).toBe(`${width}px`);

    await storedAndApplied(width);
    expect(shownWidth()).toBe(`${width}px`);
  });
});

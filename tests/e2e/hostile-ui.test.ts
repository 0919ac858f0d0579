import { describe, expect, test } from 'vitest';
import type { ElementHandle } from 'puppeteer';
import { describeWholeRun, sleep, useHostileBrowser, waitForHighlights } from './hostile-support';

/**
 * Hostile pages in Chromium: aggressive page CSS must not make the sidebar unreadable, and
 * sidebar actions run only on trusted events while the host is really visible (clickjacking).
 * Requests and console errors are logged throughout.
 */

const hostile = useHostileBrowser('chromium', { viewport: { width: 1200, height: 800 } });

/** Opens a fixture, waits for its `mentions` highlights, and returns the error mark. */
async function visit(path: string, mentions: number): Promise<number> {
  const mark = await hostile.visit(path);
  await waitForHighlights(hostile.page, mentions);
  return mark;
}

async function root(): Promise<ElementHandle<Node>> {
  return hostile.sidebarRoot();
}

/** WCAG contrast of two computed `rgb()` colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const s = Number(v) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** Whether the topmost element at the centre of `el` is our host (nothing of the page above). */
async function onTop(el: ElementHandle<Element>): Promise<boolean> {
  const box = (await el.boundingBox())!;
  return hostile.page.evaluate(
    (x, y) => document.elementFromPoint(x, y)?.localName.includes('-') ?? false,
    box.x + box.width / 2,
    box.y + box.height / 2,
  );
}

async function sidebarOpen(r: ElementHandle<Node>): Promise<boolean> {
  return r.evaluate((n) => {
    const panel = (n as ShadowRoot).querySelector('[data-testid=sidebar]');
    return panel !== null && !panel.closest('[hidden]') && !(panel as HTMLElement).hidden;
  });
}

describe('aggressive page CSS', () => {
  test('all: unset, invert, huge z-index overlays and rules aimed at our host leave the UI readable', async () => {
    const mark = await visit('css.html', 2);
    const r = await root();
    const launcher = (await r.waitForSelector('[data-testid=launcher]', { visible: true }))!;
    expect(await onTop(launcher)).toBe(true);
    await launcher.click();
    const panel = (await r.waitForSelector('[data-testid=sidebar]', { visible: true }))!;
    const box = (await panel.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(280);
    expect(box.height).toBeGreaterThan(700);
    expect(await onTop(panel as ElementHandle<Element>)).toBe(true);
    const title = (await r.waitForSelector('[data-testid=page-drug]'))!;
    const style = await title.evaluate((el) => {
      const s = getComputedStyle(el);
      let bg = 'rgba(0, 0, 0, 0)';
      for (let n: Element | null = el; n && bg.endsWith(', 0)'); n = n.parentElement)
        bg = getComputedStyle(n).backgroundColor;
      return { color: s.color, bg, size: parseFloat(s.fontSize), visibility: s.visibility };
    });
    expect(style.size).toBeGreaterThanOrEqual(12);
    expect(style.visibility).toBe('visible');
    expect(contrast(style.color, style.bg)).toBeGreaterThanOrEqual(4.5);
    // invert(1) on <html> keeps contrast: actions still work there (dark-mode extensions do this).
    await title.click();
    await r.waitForSelector('[data-testid=drug-title]', { visible: true });
    expect(hostile.errorsSince(mark)).toEqual([]);
  });
});

describe('clickjacking', () => {
  test('clicks do nothing while <html> is nearly transparent, and work once it is not', async () => {
    const mark = await visit('clickjack.html', 2);
    const r = await root();
    const launcher = (await r.waitForSelector('[data-testid=launcher]', { visible: true }))!;
    await hostile.page.evaluate(() =>
      document.documentElement.style.setProperty('opacity', '0.03'),
    );
    await launcher.click();
    await sleep(600);
    expect(await sidebarOpen(r)).toBe(false);
    await hostile.page.evaluate(() =>
      document.documentElement.style.setProperty('filter', 'opacity(0)'),
    );
    await hostile.page.evaluate(() => document.documentElement.style.removeProperty('opacity'));
    await launcher.click();
    await sleep(600);
    expect(await sidebarOpen(r)).toBe(false);
    await hostile.page.evaluate(() => document.documentElement.style.removeProperty('filter'));
    await launcher.click();
    await r.waitForSelector('[data-testid=sidebar]', { visible: true });
    expect(hostile.errorsSince(mark)).toEqual([]);
  });

  test('clicks do nothing under a see-through top-layer decoy', async () => {
    const mark = hostile.errors.length;
    const r = await root();
    const row = (await r.waitForSelector('[data-testid=page-drug]', { visible: true }))!;
    await hostile.page.evaluate(() => document.getElementById('decoy')!.showPopover());
    await row.click();
    await sleep(600);
    expect(await r.$('[data-testid=drug-title]')).toBeNull();
    await hostile.page.evaluate(() => document.getElementById('decoy')!.hidePopover());
    await row.click();
    await r.waitForSelector('[data-testid=drug-title]', { visible: true });
    expect(hostile.errorsSince(mark)).toEqual([]);
  });

  test('script-made clicks and shortcuts never act; an inline opacity on our host changes nothing', async () => {
    const mark = await visit('clickjack.html', 2);
    const r = await root();
    const launcher = (await r.waitForSelector('[data-testid=launcher]', { visible: true }))!;
    // What a page script could at most do if it got hold of our nodes: untrusted events.
    await launcher.evaluate((el) => (el as HTMLElement).click());
    await hostile.page.evaluate(() => {
      for (const type of ['keydown', 'keyup'])
        document.dispatchEvent(
          new KeyboardEvent(type, { key: 'J', code: 'KeyJ', altKey: true, shiftKey: true }),
        );
    });
    await sleep(600);
    expect(await sidebarOpen(r)).toBe(false);
    // The page's own styles on our host lose to our !important :host rules.
    await hostile.page.evaluate(() => {
      const host = [...document.documentElement.children].find((el) => el.localName.includes('-'));
      (host as HTMLElement).style.setProperty('opacity', '0', 'important');
    });
    await launcher.click();
    await r.waitForSelector('[data-testid=sidebar]', { visible: true });
    expect(hostile.errorsSince(mark)).toEqual([]);
  });
});

describeWholeRun(hostile);

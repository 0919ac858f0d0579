import { cleanup, render } from '@testing-library/preact';
import axe from 'axe-core';
import { afterEach, expect, test, vi } from 'vitest';
import { Options } from '@/entrypoints/options/Options';
import { Popup } from '@/entrypoints/popup/Popup';
import { parseSettings } from '@/core/settings';

afterEach(cleanup);

/** Rules that need layout or colour computation, which happy-dom does not do. */
const LAYOUT_RULES = { 'color-contrast': { enabled: false }, region: { enabled: false } };

async function violations(container: Element): Promise<string[]> {
  const result = await axe.run(container, { rules: LAYOUT_RULES });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}

test('the popup has no detectable accessibility violations', async () => {
  const { container } = render(
    <Popup
      page={{ kind: 'web', host: 'example.com' }}
      report={{ drugs: [{ drugId: 'upadacitinib', count: 2 }], totalMentions: 2, capped: true }}
      settings={parseSettings({})}
      drugName={() => 'Upadacitinib'}
      search={() => []}
      onOpenDrug={vi.fn()}
      onOpenQuery={vi.fn()}
      onSettingsChange={vi.fn(async () => {})}
      onOpenOptions={vi.fn()}
    />,
  );
  expect(await violations(container)).toEqual([]);
});

test('the options page has no detectable accessibility violations', async () => {
  const { container } = render(
    <Options
      initial={parseSettings({ sites: ['example.com'] })}
      loadError="Storage is broken"
      save={vi.fn(async () => {})}
      watch={() => () => {}}
      download={vi.fn()}
    />,
  );
  expect(await violations(container)).toEqual([]);
});

import { cleanup, render } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { Options } from '@/entrypoints/options/Options';
import { Popup } from '@/entrypoints/popup/Popup';
import { parseSettings } from '@/core/settings';
import { axeViolations } from '../support/axe';

afterEach(cleanup);

/** A whole page rendered into a bare test container has no landmarks around it. */
const violations = (container: Element) => axeViolations(container, { skip: ['region'] });

test('the popup has no detectable accessibility violations', async () => {
  const { container } = render(
    <Popup
      page={{ kind: 'web', host: 'example.com' }}
      report={{
        drugs: [{ drugId: 'upadacitinib', count: 2, forms: [], context: '' }],
        totalMentions: 2,
        capped: true,
        uiLoaded: false,
        uiFailed: false,
      }}
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

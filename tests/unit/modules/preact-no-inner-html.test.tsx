import { fireEvent, render } from '@testing-library/preact';
import { describe, expect, test } from 'vitest';
import { Sidebar } from '@/components/Sidebar';
import {
  createDataset,
  createDrug,
  createNote,
  createReport,
  createSidebarProps,
  upadacitinib,
} from '../support/factories';
import { stateAfter } from '../support/sidebar-store';

/**
 * Case 1 of the hostile-page suite, at the component level: dataset strings that contain markup
 * characters are rendered as text. (Page text never reaches the sidebar except as a search
 * query, which the e2e suite checks in a real browser.)
 */
const MARKUP = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>&amp; "q" 'a'`;

describe('markup characters in dataset strings', () => {
  test('render as text in the drug view: no element is created from them, nothing runs', () => {
    const drug = createDrug({
      ...upadacitinib,
      summary: `Summary ${MARKUP}`,
      names: {
        ...upadacitinib.names,
        brands: [{ ...upadacitinib.names.brands[0]!, name: `Brand ${MARKUP}` }],
      },
    });
    const base = createDataset();
    const dataset = createDataset({
      drugs: base.drugs.map((d) => (d.id === drug.id ? drug : d)),
      notes: [
        createNote({
          id: 'markup-note',
          about: [{ kind: 'drug', drugs: ['upadacitinib'] }],
          paraphrase: `Paraphrase ${MARKUP}`,
          quotes: [`Quote ${MARKUP}`],
        }),
      ],
    });
    const { container } = render(
      <Sidebar
        {...createSidebarProps({
          dataset,
          report: createReport([['upadacitinib', 1]]),
          state: stateAfter({ type: 'open', target: { drugId: 'upadacitinib' }, focus: false }),
        })}
      />,
    );
    for (const toggle of container.querySelectorAll('[data-testid=quote-toggle]'))
      fireEvent.click(toggle);
    const text = container.textContent ?? '';
    expect(text).toContain(`Summary ${MARKUP}`);
    expect(text).toContain(`Paraphrase ${MARKUP}`);
    expect(text).toContain(`Quote ${MARKUP}`);
    expect(container.querySelectorAll('img, script, [onerror]')).toHaveLength(0);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });
});

import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { Options, type OptionsProps, type Policy } from '@/entrypoints/options/Options';
import { Popup, type PopupProps } from '@/entrypoints/popup/Popup';
import { parseSettings, type Settings } from '@/core/settings';
import { axeViolations } from '../../support/axe';

afterEach(cleanup);

const MANAGED = 'Managed by your organisation';

/** Disabled itself or by its fieldset, as the browser sees it. */
const isDisabled = (testId: string) => screen.getByTestId(testId).matches(':disabled');
const isChecked = (testId: string) => (screen.getByTestId(testId) as HTMLInputElement).checked;
const textOf = (testId: string) => screen.getByTestId(testId).textContent;

function createOptions(over: Partial<OptionsProps> = {}) {
  let notifyPolicy: ((p: Policy) => void) | undefined;
  const props: OptionsProps = {
    initial: parseSettings({}),
    loadError: null,
    save: vi.fn(async () => {}),
    watch: vi.fn(() => () => {}),
    download: vi.fn(),
    watchPolicy: (cb) => {
      notifyPolicy = cb;
      return () => {};
    },
    ...over,
  };
  render(<Options {...props} />);
  return { props, notifyPolicy: (p: Policy) => notifyPolicy?.(p) };
}

const lastSaved = (props: OptionsProps): Settings =>
  vi.mocked(props.save).mock.lastCall?.[0] as Settings;

describe('options under an organisation’s policy', () => {
  test('a locked site list is shown, disabled, with "Managed by your organisation"', () => {
    createOptions({
      initial: parseSettings({ siteMode: 'only-listed', sites: ['nejm.org'] }),
      locked: ['siteMode', 'sites'],
    });
    for (const mode of ['all', 'only-listed', 'except-listed']) {
      expect(isDisabled(`options-site-mode-${mode}`)).toBe(true);
    }
    expect(isChecked('options-site-mode-only-listed')).toBe(true);
    expect(screen.getAllByTestId('options-site').map((li) => li.textContent)).toEqual(['nejm.org']);
    expect(screen.queryByTestId('options-site-remove')).toBeNull();
    expect(screen.queryByTestId('options-site-input')).toBeNull();
    expect(textOf('options-managed-siteMode')).toBe(MANAGED);
    expect(textOf('options-managed-sites')).toBe(MANAGED);
  });

  test('hover cards locked off are shown unchecked and disabled; unlocked settings stay editable', () => {
    createOptions({ initial: parseSettings({ hoverCards: false }), locked: ['hoverCards'] });
    expect(isChecked('options-hover-cards')).toBe(false);
    expect(isDisabled('options-hover-cards')).toBe(true);
    expect(textOf('options-managed-hoverCards')).toBe(MANAGED);
    expect(isDisabled('options-auto-open')).toBe(false);
    expect(isDisabled('options-style')).toBe(false);
    expect(screen.queryByTestId('options-managed-autoOpen')).toBeNull();
  });

  test('without a policy nothing is disabled and no note is shown', () => {
    createOptions();
    expect(screen.queryByText(MANAGED)).toBeNull();
    expect(isDisabled('options-hover-cards')).toBe(false);
    expect(isDisabled('options-site-mode-all')).toBe(false);
    expect(screen.queryByTestId('options-policy-issues')).toBeNull();
  });

  test('the user may turn hover cards off when the policy does not lock them', async () => {
    const { props } = createOptions();
    fireEvent.click(screen.getByTestId('options-hover-cards'));
    await waitFor(() => expect(props.save).toHaveBeenCalled());
    expect(lastSaved(props).hoverCards).toBe(false);
  });

  test('lists the policy entries that were ignored', () => {
    createOptions({
      policyIssues: [
        { name: 'theme', problem: 'invalid' },
        { name: 'sites', problem: 'repaired' },
        { name: 'colour', problem: 'unknown' },
      ],
    });
    const items = screen.getAllByTestId('options-policy-issue');
    expect(items.map((li) => li.dataset.name)).toEqual(['theme', 'sites', 'colour']);
    expect(items[0]!.textContent).toBe('“theme” is not a valid value, so it is ignored.');
    expect(textOf('options-policy-issues')).toMatch(/the rest applies/);
  });

  test('Reset goes to the organisation’s defaults and leaves locked settings as enforced', async () => {
    const { props } = createOptions({
      initial: parseSettings({ theme: 'dark', hoverCards: false }),
      locked: ['hoverCards'],
      defaults: parseSettings({ highlightStyle: 'underline', hoverCards: false }),
    });
    fireEvent.click(screen.getByTestId('options-reset'));
    await waitFor(() => expect(props.save).toHaveBeenCalled());
    expect(lastSaved(props)).toEqual(
      parseSettings({ highlightStyle: 'underline', hoverCards: false }),
    );
  });

  test('a policy that changes while the page is open locks the setting there too', async () => {
    const { notifyPolicy } = createOptions();
    expect(isDisabled('options-auto-open')).toBe(false);
    notifyPolicy({ locked: ['autoOpen'], policyIssues: [] });
    await waitFor(() => expect(isDisabled('options-auto-open')).toBe(true));
  });
});

test('the options page with locks and policy problems has no detectable accessibility violations', async () => {
  const { container } = render(
    <Options
      initial={parseSettings({ siteMode: 'only-listed', sites: ['nejm.org'], hoverCards: false })}
      loadError={null}
      save={vi.fn(async () => {})}
      watch={() => () => {}}
      download={vi.fn()}
      locked={['siteMode', 'sites', 'hoverCards', 'highlightStyle', 'groups', 'side']}
      policyIssues={[{ name: 'theme', problem: 'invalid' }]}
    />,
  );
  expect(await axeViolations(container, { skip: ['region'] })).toEqual([]);
});

describe('the popup’s site switch under a policy', () => {
  function createPopup(over: Partial<PopupProps> = {}) {
    const props: PopupProps = {
      page: { kind: 'web', host: 'news.example' },
      report: null,
      settings: parseSettings({ siteMode: 'only-listed', sites: ['nejm.org'] }),
      drugName: () => undefined,
      search: () => [],
      onOpenDrug: vi.fn(),
      onOpenQuery: vi.fn(),
      onSettingsChange: vi.fn(async () => {}),
      onOpenOptions: vi.fn(),
      ...over,
    };
    render(<Popup {...props} />);
    return props;
  }

  test('is disabled with "Managed by your organisation" when the site list is locked', () => {
    const props = createPopup({ siteLocked: true });
    const toggle = screen.getByTestId('site-toggle');
    expect(isDisabled('site-toggle')).toBe(true);
    expect(isChecked('site-toggle')).toBe(false);
    const described = document.getElementById(toggle.getAttribute('aria-describedby') ?? '');
    expect(described?.textContent).toBe(MANAGED);
    fireEvent.click(toggle);
    expect(props.onSettingsChange).not.toHaveBeenCalled();
  });

  test('works as before when nothing is locked', async () => {
    const props = createPopup();
    expect(screen.queryByTestId('site-managed')).toBeNull();
    fireEvent.click(screen.getByTestId('site-toggle'));
    await waitFor(() => expect(props.onSettingsChange).toHaveBeenCalled());
  });
});

import { useState } from 'preact/hooks';
import type { DetectorStatus } from '@/core/detector-protocol';
import type { SearchHit } from '@/core/search';
import { isEnabledOnHost, setSiteEnabled, type Settings } from '@/core/settings';
import { format, plural, strings } from '@/core/strings';
import type { PageInfo, PageKind } from './page-kind';

export interface PopupProps {
  page: PageInfo;
  /** The content script's report; null while asked for (web pages) or not applicable. */
  report: DetectorStatus | null;
  settings: Settings;
  /** Display name of a dataset drug; undefined for an id the dataset does not know. */
  drugName: (drugId: string) => string | undefined;
  search: (query: string) => SearchHit[];
  onOpenDrug: (drugId: string) => void;
  onOpenQuery: (query: string) => void;
  /** Persists new settings; a rejection's message is shown to the user. */
  onSettingsChange: (next: Settings) => Promise<void>;
  onOpenOptions: () => void;
  /** An organisation's policy locks the site mode or list: the site switch is shown disabled. */
  siteLocked?: boolean;
  /** On a PDF tab: reopens the PDF in the reader page (entrypoints/reader/). */
  onOpenReader?: () => void;
}

/** Keys, not texts: `strings` holds the chosen language only once the popup has started. */
const NOTICES = {
  browser: 'pageBrowser',
  file: 'pageFile',
  store: 'pageStore',
  pdf: 'pagePdf',
  'not-ready': 'pageNotReady',
} as const satisfies Record<Exclude<PageKind, 'web'>, keyof typeof strings>;

const MAX_RESULTS = 8;

/** The toolbar popup: this page's drugs, the site switch, and search over the dataset. */
export function Popup(props: PopupProps) {
  const { page } = props;
  return (
    <main class="popup">
      <h1 class="popup-title">{strings.popupTitle}</h1>
      {page.kind === 'web' ? (
        <PageSection {...props} />
      ) : (
        <p class="notice" data-testid="popup-unsupported" data-kind={page.kind}>
          {strings[NOTICES[page.kind]]}
        </p>
      )}
      {page.kind === 'pdf' && props.onOpenReader && (
        <button type="button" data-testid="popup-open-reader" onClick={props.onOpenReader}>
          {strings.popupOpenReader}
        </button>
      )}
      <Search {...props} canOpen={page.kind === 'web'} />
      <footer>
        <button
          type="button"
          class="link"
          data-testid="popup-options"
          onClick={props.onOpenOptions}
        >
          {strings.popupOptions}
        </button>
      </footer>
    </main>
  );
}

function PageSection(props: PopupProps) {
  const { page, settings, report } = props;
  const [error, setError] = useState<string | null>(null);
  const enabled = page.host === undefined || isEnabledOnHost(settings, page.host);

  const locked = props.siteLocked === true;
  const toggle = (on: boolean) => {
    if (page.host === undefined || locked) return;
    setError(null);
    props.onSettingsChange(setSiteEnabled(settings, page.host, on)).catch((e: unknown) => {
      setError(
        format(strings.popupSaveFailed, { reason: e instanceof Error ? e.message : String(e) }),
      );
    });
  };

  return (
    <section aria-labelledby="drugs-heading">
      {page.host !== undefined && (
        <label class="switch">
          <input
            type="checkbox"
            role="switch"
            data-testid="site-toggle"
            checked={enabled}
            disabled={locked}
            aria-describedby={locked ? 'site-managed' : undefined}
            onChange={(e) => toggle(e.currentTarget.checked)}
          />
          {format(strings.popupSiteToggle, { host: page.host })}
        </label>
      )}
      {page.host !== undefined && locked && (
        <p id="site-managed" class="hint" data-testid="site-managed">
          {strings.managedByOrganisation}
        </p>
      )}
      {error && (
        <p class="error" role="alert" data-testid="popup-error">
          {error}
        </p>
      )}
      <h2 id="drugs-heading">{strings.popupDrugsHeading}</h2>
      {!enabled ? (
        <p data-testid="popup-disabled">{strings.popupSiteDisabled}</p>
      ) : report === null ? (
        <p role="status">{strings.popupLoading}</p>
      ) : (
        <DrugList {...props} report={report} />
      )}
    </section>
  );
}

function DrugList(props: PopupProps & { report: DetectorStatus }) {
  const rows = props.report.drugs.flatMap((d) => {
    const name = props.drugName(d.drugId);
    return name === undefined ? [] : [{ ...d, name }];
  });
  if (rows.length === 0) return <p data-testid="popup-no-drugs">{strings.popupNoDrugs}</p>;
  return (
    <>
      <ul class="drugs">
        {rows.map((row) => (
          <li key={row.drugId}>
            <button
              type="button"
              data-testid="popup-drug"
              data-drug-id={row.drugId}
              title={format(strings.popupOpenDrug, { name: row.name })}
              onClick={() => props.onOpenDrug(row.drugId)}
            >
              <span class="name">{row.name}</span>
              <span class="count">{plural(strings.mentions, row.count)}</span>
            </button>
          </li>
        ))}
      </ul>
      {props.report.capped && <p class="hint">{strings.popupCapped}</p>}
      {props.report.uiFailed && <p class="hint">{strings.sidebarUnavailable}</p>}
    </>
  );
}

function Search(props: PopupProps & { canOpen: boolean }) {
  const [query, setQuery] = useState('');
  const trimmed = query.trim();
  const hits = trimmed ? props.search(trimmed).slice(0, MAX_RESULTS) : [];

  const open = (hit: SearchHit) => {
    if (hit.drugId !== undefined) props.onOpenDrug(hit.drugId);
    else props.onOpenQuery(hit.title);
  };
  const submit = (e: Event) => {
    e.preventDefault();
    if (!props.canOpen || !trimmed) return;
    const first = hits[0];
    if (first) open(first);
    else props.onOpenQuery(trimmed);
  };

  return (
    <form role="search" class="search" onSubmit={submit}>
      <label for="popup-search">{strings.popupSearchLabel}</label>
      <input
        id="popup-search"
        type="search"
        autoComplete="off"
        data-testid="popup-search"
        placeholder={strings.popupSearchPlaceholder}
        value={query}
        onInput={(e) => setQuery(e.currentTarget.value)}
      />
      {trimmed && hits.length === 0 && (
        <p data-testid="popup-search-empty">
          {format(strings.popupSearchNoResults, { query: trimmed })}
        </p>
      )}
      {hits.length > 0 && (
        <ul class="results">
          {hits.map((hit) => (
            <li
              key={`${hit.kind}:${hit.id}`}
              data-testid="popup-search-result"
              data-kind={hit.kind}
            >
              {props.canOpen ? (
                <button type="button" onClick={() => open(hit)}>
                  <HitText hit={hit} drugName={props.drugName} />
                </button>
              ) : (
                <HitText hit={hit} drugName={props.drugName} />
              )}
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}

function HitText({ hit, drugName }: { hit: SearchHit; drugName: PopupProps['drugName'] }) {
  const title = hit.kind === 'drug' && hit.drugId ? (drugName(hit.drugId) ?? hit.title) : hit.title;
  return (
    <>
      <span class="name">{title}</span>
      <span class="detail">{hit.detail}</span>
    </>
  );
}

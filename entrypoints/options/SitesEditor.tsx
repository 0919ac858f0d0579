import { useState } from 'preact/hooks';
import { normalizeHost } from '@/core/settings';
import { format, strings } from '@/core/strings';

export interface SitesEditorProps {
  sites: string[];
  onChange: (sites: string[]) => void;
  /** Locked by an organisation's policy: the list is shown, not edited. */
  disabled?: boolean;
}

/** The editable site list: add by hostname (or pasted URL), remove one by one. */
export function SitesEditor({ sites, onChange, disabled = false }: SitesEditorProps) {
  const [input, setInput] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);

  const add = (e: Event) => {
    e.preventDefault();
    const text = input.trim();
    if (!text) return;
    const host = normalizeHost(text);
    if (host === null) {
      setInvalid(format(strings.optionsSiteInvalid, { input: text }));
      return;
    }
    setInvalid(null);
    setInput('');
    if (!sites.includes(host)) onChange([...sites, host]);
  };

  return (
    <div class="sites">
      <p class="hint">{strings.optionsSitesHelp}</p>
      {sites.length === 0 ? (
        <p class="hint" data-testid="options-sites-empty">
          {strings.optionsSitesEmpty}
        </p>
      ) : (
        <ul class="site-list">
          {sites.map((site) => (
            <li key={site} data-testid="options-site">
              <span>{site}</span>
              {!disabled && (
                <button
                  type="button"
                  data-testid="options-site-remove"
                  aria-label={format(strings.optionsSiteRemove, { host: site })}
                  onClick={() => onChange(sites.filter((s) => s !== site))}
                >
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!disabled && (
        <form class="site-add" onSubmit={add}>
          <label for="site-input">{strings.optionsSiteInputLabel}</label>
          <input
            id="site-input"
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            data-testid="options-site-input"
            value={input}
            aria-invalid={invalid !== null}
            aria-describedby={invalid ? 'site-invalid' : undefined}
            onInput={(e) => setInput(e.currentTarget.value)}
          />
          <button type="submit" data-testid="options-site-add">
            {strings.optionsSiteAdd}
          </button>
        </form>
      )}
      {invalid && (
        <p id="site-invalid" class="error" role="alert" data-testid="options-site-invalid">
          {invalid}
        </p>
      )}
    </div>
  );
}

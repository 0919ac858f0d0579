import { useState } from 'preact/hooks';
import { normalizeHost } from '@/core/settings';
import { format, strings } from '@/core/strings';

export interface SitesEditorProps {
  sites: string[];
  onChange: (sites: string[]) => void;
  /** Locked by an organisation's policy: the list is shown, not edited. */
  disabled?: boolean;
  /**
   * Names this list's ids and test ids (`options-${name}`, `${name}-input`, …), so a page can hold
   * two lists: "site" (where JAK Lens runs) unless given.
   */
  name?: string;
}

/** The editable site list: add by hostname (or pasted URL), remove one by one. */
export function SitesEditor({
  sites,
  onChange,
  disabled = false,
  name = 'site',
}: SitesEditorProps) {
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
        <p class="hint" data-testid={`options-${name}s-empty`}>
          {strings.optionsSitesEmpty}
        </p>
      ) : (
        <ul class="site-list">
          {sites.map((site) => (
            <li key={site} data-testid={`options-${name}`}>
              <span>{site}</span>
              {!disabled && (
                <button
                  type="button"
                  data-testid={`options-${name}-remove`}
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
          <label for={`${name}-input`}>{strings.optionsSiteInputLabel}</label>
          <input
            id={`${name}-input`}
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            data-testid={`options-${name}-input`}
            value={input}
            aria-invalid={invalid !== null}
            aria-describedby={invalid ? `${name}-invalid` : undefined}
            onInput={(e) => setInput(e.currentTarget.value)}
          />
          <button type="submit" data-testid={`options-${name}-add`}>
            {strings.optionsSiteAdd}
          </button>
        </form>
      )}
      {invalid && (
        <p
          id={`${name}-invalid`}
          class="error"
          role="alert"
          data-testid={`options-${name}-invalid`}
        >
          {invalid}
        </p>
      )}
    </div>
  );
}

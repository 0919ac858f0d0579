/**
 * The options page's form controls. Their choices come from the settings enums
 * (core/settings.ts), so a new value cannot be added without a label: `labels` must name every
 * value, or the page fails to compile.
 */
import type { Settings } from '@/core/settings';

/** Sets one setting; the page saves it at once. */
export type SetSetting = <K extends keyof Settings>(key: K, value: Settings[K]) => void;

/** Every value of an enum, in its order, paired with its label. */
export function choices<T extends string>(
  values: readonly T[],
  labels: Readonly<Record<T, string>>,
): [T, string][] {
  return values.map((value) => [value, labels[value]]);
}

interface SelectProps<T extends string> {
  id: string;
  label: string;
  value: T;
  options: readonly (readonly [T, string])[];
  onChange: (value: T) => void;
  disabled?: boolean;
}

export function Select<T extends string>({
  id,
  label,
  value,
  options,
  onChange,
  disabled = false,
}: SelectProps<T>) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select
        id={id}
        data-testid={`options-${id}`}
        value={value}
        disabled={disabled}
        onChange={(e) => {
          const next = options.find(([v]) => v === e.currentTarget.value);
          if (next) onChange(next[0]);
        }}
      >
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

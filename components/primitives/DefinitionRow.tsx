import type { ComponentChildren } from 'preact';

/** One term and its value in a `<dl>` of facts (drug facts, the About view). */
export function DefinitionRow({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

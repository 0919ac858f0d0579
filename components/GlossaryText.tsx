import { useId, useState } from 'preact/hooks';
import type { GlossaryTerm } from '@/data/schema';
import { segmentGlossary } from '@/utils/glossary-segments';

export interface GlossaryTextProps {
  text: string;
  glossary: readonly GlossaryTerm[];
}

/**
 * Text with glossary terms as focusable spans whose definition shows on hover and focus.
 * Everything is rendered as text nodes; dataset text never becomes markup.
 */
export function GlossaryText({ text, glossary }: GlossaryTextProps) {
  const segments = segmentGlossary(text, glossary, { firstOnly: true });
  const byId = new Map(glossary.map((g) => [g.id, g]));
  return (
    <>
      {segments.map((s) => {
        const term = s.kind === 'term' ? byId.get(s.termId) : undefined;
        return term ? <Term key={s.start} text={s.text} term={term} /> : s.text;
      })}
    </>
  );
}

interface TermProps {
  text: string;
  term: GlossaryTerm;
}

/** A tooltip that stays while hovered or focused and that Esc dismisses (WCAG 1.4.13). */
function Term({ text, term }: TermProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <span
      class="gloss"
      tabIndex={0}
      aria-describedby={id}
      onMouseEnter={() => setOpen(true)}
      onMouseLeave={() => setOpen(false)}
      onFocus={() => setOpen(true)}
      onBlur={() => setOpen(false)}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.preventDefault();
          e.stopPropagation();
          setOpen(false);
        }
      }}
    >
      {text}
      <span role="tooltip" id={id} class="tip" hidden={!open}>
        <strong>{term.term}</strong> {term.definition}
      </span>
    </span>
  );
}

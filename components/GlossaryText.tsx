import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { GlossaryTerm } from '@/data/schema';
import { segmentGlossary } from '@/core/glossary-segments';
import { useEscape } from './hooks/useEscape';
import { placeElement } from './primitives/placement';

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

/** Distance between the term and its tooltip. */
const GAP = 4;

/**
 * A tooltip that stays while hovered or focused and that Esc dismisses (WCAG 1.4.13). It is
 * positioned fixed from the term's box so the panel's scroll container cannot clip it.
 */
function Term({ text, term }: TermProps) {
  const id = useId();
  const ref = useRef<HTMLSpanElement>(null);
  const tipRef = useRef<HTMLSpanElement>(null);
  const [open, setOpen] = useState(false);
  const [pos, setPos] = useState<{ left: number; top: number } | null>(null);

  useLayoutEffect(() => {
    const el = ref.current;
    const tip = tipRef.current;
    if (!open || !el || !tip) return;
    const r = el.getBoundingClientRect();
    setPos(placeElement(tip, { left: r.left, below: r.bottom + GAP, above: r.top - GAP }));
  }, [open]);

  const show = () => setOpen(true);
  const hide = () => {
    setOpen(false);
    setPos(null);
  };
  const onEscape = useEscape(hide, { active: open, stopPropagation: true });
  return (
    <span
      ref={ref}
      class="gloss"
      tabIndex={0}
      aria-describedby={id}
      onMouseEnter={show}
      onMouseLeave={hide}
      onFocus={show}
      onBlur={hide}
      onKeyDown={onEscape}
    >
      {text}
      <span
        ref={tipRef}
        role="tooltip"
        id={id}
        class="tip"
        hidden={!open}
        style={pos ? { left: `${pos.left}px`, top: `${pos.top}px` } : { visibility: 'hidden' }}
      >
        <strong>{term.term}</strong> {term.definition}
      </span>
    </span>
  );
}

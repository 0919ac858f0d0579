import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Dataset } from '@/data/schema';
import { displayName, lookup, primaryClass } from '@/data/queries';
import { useEscape } from './hooks/useEscape';
import { placeElement } from './primitives/placement';
import { format, strings } from '@/core/strings';
import type { HoverCardPoint } from './types';

export interface HoverCardProps {
  dataset: Dataset;
  card: HoverCardPoint;
  onOpenNotes: (drugId: string) => void;
  onClose: () => void;
  /** True while the pointer is over the card, so moving onto it does not hide it. */
  onHold: (holding: boolean) => void;
  /** "Don't show cards on this site"; the button shows only when this is given. */
  onHideOnSite?: () => void;
}

/** Distance between the pointer and the card. */
const GAP = 12;

/** A compact card near a hovered or focused mention: names, class, target, one-line summary. */
export function HoverCard({
  dataset,
  card,
  onOpenNotes,
  onClose,
  onHold,
  onHideOnSite,
}: HoverCardProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState({ left: card.x + GAP, top: card.y + GAP });
  const drug = lookup(dataset).drugs.get(card.drugId);
  const onEscape = useEscape(onClose);

  // Measure after render and keep the card inside the viewport, flipping above the point if needed.
  useLayoutEffect(() => {
    const el = ref.current;
    const next =
      el && placeElement(el, { left: card.x + GAP, below: card.y + GAP, above: card.y - GAP });
    if (!next) return;
    setPos((p) => (p.left === next.left && p.top === next.top ? p : next));
  }, [card.x, card.y, card.drugId]);

  if (!drug) return null;
  const cls = primaryClass(dataset, drug);
  const brands = drug.names.brands.map((b) => b.name);
  return (
    <div
      ref={ref}
      class="card"
      role="dialog"
      aria-label={displayName(drug)}
      data-testid="hover-card"
      style={{ left: `${pos.left}px`, top: `${pos.top}px` }}
      onPointerEnter={() => onHold(true)}
      onPointerLeave={() => onHold(false)}
      onKeyDown={onEscape}
    >
      <p class="card-title">{displayName(drug)}</p>
      {card.didYouMean !== undefined && (
        <p class="muted" data-testid="hover-card-did-you-mean">
          {format(strings.didYouMean, { name: card.didYouMean })}
        </p>
      )}
      {brands.length > 0 && <p class="muted small">{brands.slice(0, 4).join(', ')}</p>}
      <ul class="chips">
        {cls && <li class="chip">{cls.name}</li>}
        <li class="chip chip-target">{drug.selectivity ?? drug.targets.join(', ')}</li>
      </ul>
      <p class="card-sum">{drug.summary}</p>
      <button type="button" class="btn primary" onClick={() => onOpenNotes(drug.id)}>
        {strings.openNotes}
      </button>
      {onHideOnSite && (
        <button
          type="button"
          class="link card-hide"
          data-testid="hover-card-hide-on-site"
          onClick={onHideOnSite}
        >
          {strings.hideCardsOnSite}
        </button>
      )}
    </div>
  );
}

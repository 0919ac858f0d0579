import { useRef } from 'preact/hooks';
import { clampWidth, SIDEBAR_WIDTH } from '@/core/settings';
import { strings } from '@/core/strings';

export interface ResizeHandleProps {
  width: number;
  side: 'left' | 'right';
  /** Called while dragging (`done` false) and once when the new width should be remembered. */
  onResize: (px: number, done: boolean) => void;
}

const STEP = 16;
const BIG_STEP = 64;
const ARROW_DIRECTION: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1 };

/**
 * The panel's inner edge: a focusable separator that resizes by pointer drag and by arrow keys
 * (arrows move the edge, so the meaning of Left/Right depends on the docking side). Its range is
 * the stored setting's, {@link SIDEBAR_WIDTH}, so every width it reports is one that is kept.
 */
export function ResizeHandle({ width, side, onResize }: ResizeHandleProps) {
  const drag = useRef<{ startX: number; startWidth: number; last: number } | null>(null);
  const grow = side === 'right' ? -1 : 1;

  const onKeyDown = (e: KeyboardEvent) => {
    const dir = ARROW_DIRECTION[e.key];
    let next: number | undefined;
    if (e.key === 'Home') next = SIDEBAR_WIDTH.min;
    else if (e.key === 'End') next = SIDEBAR_WIDTH.max;
    else if (dir) next = width + dir * grow * (e.shiftKey ? BIG_STEP : STEP);
    if (next === undefined) return;
    e.preventDefault();
    onResize(clampWidth(next), true);
  };

  const onPointerDown = (e: PointerEvent) => {
    if (e.button !== 0) return;
    e.preventDefault();
    drag.current = { startX: e.clientX, startWidth: width, last: width };
    (e.currentTarget as Element).setPointerCapture?.(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent) => {
    const d = drag.current;
    if (!d) return;
    d.last = clampWidth(d.startWidth + (e.clientX - d.startX) * grow);
    onResize(d.last, false);
  };
  const onPointerEnd = () => {
    const d = drag.current;
    if (!d) return;
    drag.current = null;
    onResize(d.last, true);
  };

  return (
    <div
      class="resize"
      role="separator"
      aria-orientation="vertical"
      aria-label={strings.resize}
      aria-valuenow={width}
      aria-valuemin={SIDEBAR_WIDTH.min}
      aria-valuemax={SIDEBAR_WIDTH.max}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerEnd}
      onPointerCancel={onPointerEnd}
    />
  );
}

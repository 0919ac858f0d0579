import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { DetectorConfig, FrameReport, ToContent } from '@/core/detector-protocol';

const HANDOFF_KEY = '__jakLensGate';

/**
 * The handoff from the gate to the detector, through one global of the isolated world (the two
 * are separate bundles; docs/design.md, "Two stages").
 *
 * What the gate (the declared script) hands the detector it had injected into its frame: the
 * page lifetime, the configuration already fetched, and a request that arrived before the
 * detector did (the popup's "open", the shortcut), to be replayed.
 */
export interface GateHandoff {
  ctx: ContentScriptContext;
  isTop: boolean;
  config: DetectorConfig;
  pending: ToContent | null;
  /** Other frames' reports the top frame's gate received (they are why it loaded the detector). */
  frames: FrameReport[];
  /** Stops the gate's own listeners; the detector takes over from here. */
  stop(): void;
}

export function publishGateHandoff(handoff: GateHandoff): void {
  (globalThis as { [HANDOFF_KEY]?: GateHandoff })[HANDOFF_KEY] = handoff;
}

/** The handoff, once: a detector script injected twice finds it only the first time. */
export function takeGateHandoff(): GateHandoff | null {
  const scope = globalThis as { [HANDOFF_KEY]?: GateHandoff };
  const handoff = scope[HANDOFF_KEY];
  delete scope[HANDOFF_KEY];
  return handoff && !handoff.ctx.signal.aborted ? handoff : null;
}

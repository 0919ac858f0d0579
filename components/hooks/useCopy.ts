/**
 * One copy action's outcome, for the UI to say: "Copied", or "Couldn't copy" with the text
 * offered to select by hand. `onCopy` is the mount's clipboard function (sidebar/clipboard.ts);
 * a rejection counts as a failure. The latest copy's outcome is the one shown.
 */
import { useEffect, useRef, useState } from 'preact/hooks';

export type CopyText = (text: string) => Promise<boolean>;

export type CopyOutcome = { status: 'idle' } | { status: 'copied' | 'failed'; text: string };

export function useCopy(onCopy: CopyText): {
  outcome: CopyOutcome;
  copy: (text: string) => Promise<boolean>;
} {
  const [outcome, setOutcome] = useState<CopyOutcome>({ status: 'idle' });
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const copy = async (text: string) => {
    let ok = false;
    try {
      ok = (await onCopy(text)) === true;
    } catch {
      ok = false;
    }
    if (mounted.current) setOutcome({ status: ok ? 'copied' : 'failed', text });
    return ok;
  };
  return { outcome, copy };
}

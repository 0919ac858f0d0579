/**
 * What became of a copy, said visibly beside the action: "Copied", or "Couldn't copy — select
 * and copy this text" with the text in a read-only field, already selected, so copying by hand
 * is one keystroke.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { CopyOutcome } from '../hooks/useCopy';
import { strings } from '@/core/strings';

export function CopyStatus({ outcome }: { outcome: CopyOutcome }) {
  const field = useRef<HTMLTextAreaElement>(null);
  const failedText = outcome.status === 'failed' ? outcome.text : null;
  useEffect(() => {
    if (failedText === null) return;
    field.current?.focus({ preventScroll: true });
    field.current?.select();
  }, [failedText, outcome]);
  if (outcome.status === 'idle') return null;
  if (outcome.status === 'copied') {
    return (
      <p class="copy-status" role="status" data-testid="copy-status">
        {strings.copy.done}
      </p>
    );
  }
  return (
    <div class="copy-failed">
      <p class="copy-status failed" role="alert" data-testid="copy-status">
        {strings.copy.failed}
      </p>
      <textarea
        ref={field}
        class="copy-text"
        readOnly
        rows={Math.min(8, outcome.text.split('\n').length + 1)}
        aria-label={strings.copy.textLabel}
        data-testid="copy-text"
        value={outcome.text}
        onFocus={(e) => e.currentTarget.select()}
      />
    </div>
  );
}

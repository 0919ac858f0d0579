/**
 * The output side of text collection, shared by the two walks (`flat-walk.ts`, `tree-walk.ts`):
 * appends text nodes with their offsets and puts one `\n` where a walk asked for a break.
 */
import type { CollectedText, TextSegment } from './offset-map';

export class TextSink {
  /** Set by a walk at a block boundary; becomes one `\n` before the next text, if any. */
  pendingBreak = false;
  private readonly parts: string[] = [];
  private readonly segments: TextSegment[] = [];
  private length = 0;

  add(node: Text, data: string): void {
    if (this.pendingBreak && this.length > 0) {
      this.parts.push('\n');
      this.length += 1;
    }
    this.pendingBreak = false;
    this.segments.push({ node, start: this.length, end: this.length + data.length });
    this.parts.push(data);
    this.length += data.length;
  }

  result(): CollectedText {
    return { text: this.parts.join(''), segments: this.segments };
  }
}

/**
 * Painting mentions with the CSS Custom Highlight API: ranges in a registry, styled by
 * `::highlight(name)`. No DOM mutation, so no reflow, no framework hydration damage and no
 * MutationObserver echo. Both browsers' minimum versions (manifest) have the API; where it is
 * missing anyway, mentions are still found and reported, just not painted (the old `<mark>`
 * fallback changed the page's DOM and is gone).
 */
import { AdoptedSheet } from './adopted-sheet';
import { rangeOf } from './range';
import { FLASH_MS, randomHighlightName, type HighlightPainter, type HighlightStyle } from './types';
import type { MentionRecord } from '../mentions/mention-index';

/** A page clearing `CSS.highlights` in a loop gets at most one restore per this interval. */
const RESTORE_INTERVAL_MS = 100;

const MAIN_RULES: Record<HighlightStyle, string> = {
  background: 'background-color: rgb(255 196 0 / 0.42);',
  underline:
    'text-decoration-line: underline; text-decoration-color: rgb(217 119 6); text-decoration-thickness: 2px;',
  none: '',
};
/**
 * Misspellings found by the fuzzy rule: the same colours, dotted, so a reader sees the match is
 * a guess ("Dupixant": did you mean Dupixent?). Their own highlight, `<name>-fuzzy`.
 */
const DOTTED =
  'text-decoration-line: underline; text-decoration-style: dotted; text-decoration-color: rgb(217 119 6); text-decoration-thickness: 2px;';
const FUZZY_RULES: Record<HighlightStyle, string> = {
  background: `background-color: rgb(255 196 0 / 0.2); ${DOTTED}`,
  underline: DOTTED,
  none: '',
};
const FLASH_RULE = 'background-color: rgb(255 128 0 / 0.75);';

/** Paints nothing: where the Highlight API is missing. */
const NO_PAINTER: HighlightPainter = {
  paint() {},
  flash() {},
  setStyle() {},
  addRoot() {},
  ensureRegistered() {},
  destroy() {},
};

/** The CSS Custom Highlight painter where the API exists, else one that paints nothing. */
export function createHighlightPainter(
  doc: Document,
  style: HighlightStyle,
  name = randomHighlightName(),
): HighlightPainter {
  const registry = globalThis.CSS?.highlights;
  if (registry === undefined || typeof Highlight !== 'function') {
    return NO_PAINTER;
  }
  return new CssHighlightPainter(doc, registry, style, name);
}

class CssHighlightPainter implements HighlightPainter {
  private readonly main = new Highlight();
  /**
   * What `main` holds, mirrored in a plain Set: Firefox content scripts see `Highlight` through
   * Xray wrappers, which cannot iterate setlikes ("Xray wrapping of iterators not supported").
   */
  private readonly painted = new Set<AbstractRange>();
  /** Misspellings (records with `fuzzy`), painted dotted; registered only while it has any. */
  private readonly fuzzy = new Highlight();
  private readonly paintedFuzzy = new Set<AbstractRange>();
  private readonly flashing = new Highlight();
  private readonly sheet = new AdoptedSheet();
  private readonly ranges = new WeakMap<MentionRecord, AbstractRange>();
  private flashTimer: ReturnType<typeof setTimeout> | undefined;
  private lastRestore = -Infinity;

  constructor(
    private readonly doc: Document,
    private readonly registry: HighlightRegistry,
    private style: HighlightStyle,
    private readonly name: string,
  ) {
    this.flashing.priority = 1;
    this.sheet.attach(doc);
    this.applyStyle();
  }

  /**
   * Adds and deletes only what changed: records keep their range (WeakMap), so a page that
   * appends content gets its new ranges added rather than every highlight rebuilt.
   */
  paint(records: readonly MentionRecord[]): void {
    const next = new Set<AbstractRange>();
    const nextFuzzy = new Set<AbstractRange>();
    for (const record of records) {
      const range = this.rangeFor(record);
      if (range !== null) (record.fuzzy === undefined ? next : nextFuzzy).add(range);
    }
    sync(this.main, this.painted, next);
    sync(this.fuzzy, this.paintedFuzzy, nextFuzzy);
    this.register();
  }

  flash(record: MentionRecord): void {
    const range = this.rangeFor(record);
    if (range === null) return;
    this.flashing.clear();
    this.flashing.add(range);
    this.registry.set(`${this.name}-flash`, this.flashing);
    this.sheet.ensure();
    clearTimeout(this.flashTimer);
    this.flashTimer = setTimeout(() => {
      this.flashing.clear();
      if (this.registry.get(`${this.name}-flash`) === this.flashing) {
        this.registry.delete(`${this.name}-flash`);
      }
    }, FLASH_MS);
  }

  setStyle(style: HighlightStyle): void {
    this.style = style;
    this.applyStyle();
  }

  addRoot(root: ShadowRoot): void {
    this.sheet.attach(root);
  }

  ensureRegistered(): void {
    this.sheet.ensure();
    // The registry is shared: a page can also empty or add to our Highlight object itself.
    if (this.main.size !== this.painted.size) {
      this.main.clear();
      for (const range of this.painted) this.main.add(range);
    }
    if (this.fuzzy.size !== this.paintedFuzzy.size) {
      this.fuzzy.clear();
      for (const range of this.paintedFuzzy) this.fuzzy.add(range);
    }
    if (this.style !== 'none' && this.paintedFuzzy.size > 0) {
      if (this.registry.get(`${this.name}-fuzzy`) !== this.fuzzy) {
        this.registry.set(`${this.name}-fuzzy`, this.fuzzy);
      }
    }
    if (this.style === 'none' || this.registry.get(this.name) === this.main) return;
    const now = performance.now();
    if (now - this.lastRestore < RESTORE_INTERVAL_MS) return;
    this.lastRestore = now;
    this.registry.set(this.name, this.main);
  }

  destroy(): void {
    clearTimeout(this.flashTimer);
    for (const [key, highlight] of [
      [this.name, this.main],
      [`${this.name}-fuzzy`, this.fuzzy],
      [`${this.name}-flash`, this.flashing],
    ] as const) {
      if (this.registry.get(key) === highlight) this.registry.delete(key);
    }
    this.main.clear();
    this.painted.clear();
    this.fuzzy.clear();
    this.paintedFuzzy.clear();
    this.flashing.clear();
    this.sheet.detachAll();
  }

  private rangeFor(record: MentionRecord): AbstractRange | null {
    let range = this.ranges.get(record);
    if (range === undefined) {
      const made = rangeOf(this.doc, record);
      if (made === null) return null;
      this.ranges.set(record, (range = made));
    }
    return range;
  }

  private applyStyle(): void {
    const main = MAIN_RULES[this.style];
    const fuzzy = FUZZY_RULES[this.style];
    this.sheet.setRules(
      `${main ? `::highlight(${this.name}) { ${main} }\n` : ''}` +
        `${fuzzy ? `::highlight(${this.name}-fuzzy) { ${fuzzy} }\n` : ''}` +
        `::highlight(${this.name}-flash) { ${FLASH_RULE} }`,
    );
    this.register();
  }

  /** Registered only while visible: style 'none' costs the browser no painting at all. */
  private register(): void {
    this.sheet.ensure();
    const ours = this.registry.get(this.name) === this.main;
    if (this.style === 'none') {
      if (ours) this.registry.delete(this.name);
    } else if (!ours) this.registry.set(this.name, this.main);
    const fuzzyName = `${this.name}-fuzzy`;
    const oursFuzzy = this.registry.get(fuzzyName) === this.fuzzy;
    if (this.style === 'none' || this.paintedFuzzy.size === 0) {
      if (oursFuzzy) this.registry.delete(fuzzyName);
    } else if (!oursFuzzy) this.registry.set(fuzzyName, this.fuzzy);
  }
}

/** Makes `highlight` (mirrored in `painted`) hold exactly `next`, touching only what changed. */
function sync(highlight: Highlight, painted: Set<AbstractRange>, next: ReadonlySet<AbstractRange>) {
  for (const range of [...painted]) {
    if (next.has(range)) continue;
    highlight.delete(range);
    painted.delete(range);
  }
  for (const range of next) {
    if (painted.has(range)) continue;
    highlight.add(range);
    painted.add(range);
  }
}

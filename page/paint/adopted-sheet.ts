/**
 * Our one constructed stylesheet, adopted by the page document (and any open shadow root we
 * paint in). `::highlight()` rules only apply from the tree that holds the text, so the rule
 * cannot live in our sidebar's shadow root; adopting a sheet leaves the page's DOM untouched.
 */
type SheetHolder = Document | ShadowRoot;

export class AdoptedSheet {
  private readonly sheet = new CSSStyleSheet();
  private readonly holders = new Set<SheetHolder>();

  setRules(css: string): void {
    this.sheet.replaceSync(css);
  }

  /** Appends the sheet to `holder.adoptedStyleSheets`, keeping the page's own sheets. */
  attach(holder: SheetHolder): void {
    this.holders.add(holder);
    adopt(holder, this.sheet);
  }

  /** Re-adopts wherever the page replaced its `adoptedStyleSheets` array without ours. */
  ensure(): void {
    for (const holder of this.holders) adopt(holder, this.sheet);
  }

  detachAll(): void {
    for (const holder of this.holders) {
      try {
        holder.adoptedStyleSheets = holder.adoptedStyleSheets.filter((s) => s !== this.sheet);
      } catch {
        // A page that froze or redefined the property keeps a rule that no highlight uses.
      }
    }
    this.holders.clear();
  }
}

function adopt(holder: SheetHolder, sheet: CSSStyleSheet): void {
  try {
    const list = holder.adoptedStyleSheets;
    if (list.includes(sheet)) return;
    // ObservableArray (Chromium 99+, Firefox 101+) takes push; older ones need a new array.
    if (typeof list.push === 'function') list.push(sheet);
    if (!holder.adoptedStyleSheets.includes(sheet)) holder.adoptedStyleSheets = [...list, sheet];
  } catch {
    // Highlights stay registered but unstyled; hit-testing and the report still work.
  }
}

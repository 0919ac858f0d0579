/**
 * The reader's engine: opens a PDF with PDF.js, shows it in PDF.js's own viewer components
 * (continuous scroll, zoom, find, selectable text layer), reads every page's text in the
 * background with the shared detection (`core/pdf-document-scan`), and paints mentions on each
 * page's text layer as PDF.js renders it, with the page adapter's painter. The view
 * (`Reader.tsx`) only renders {@link ReaderState} and calls the methods here.
 */
import { scanPdfDocument, type PdfPageScan } from '@/core/pdf-document-scan';
import type { PdfMention } from '@/core/pdf-text';
import { createHighlightPainter } from '@/page/paint/css-highlights';
import type { HighlightPainter, HighlightStyle } from '@/page/paint/types';
import type { MentionRecord } from '@/page/mentions/mention-index';
import { textLayerRecords } from '@/page/pdf/text-layer-records';
import { documentOptions, type PdfJs, type PdfJsLib, type PdfJsViewer } from './pdfjs-runtime';
import { format, strings } from '@/core/strings';

const s = strings.reader;

export interface DrugPages {
  drugId: string;
  count: number;
  /** Pages it is on, ascending. */
  pages: number[];
}

export interface ReaderError {
  message: string;
  /** A URL the reader could not fetch: offer "save it, then open it here". */
  refetchHint?: boolean;
  /** The host-permission pattern that would let the reader fetch the PDF, when it lacks it. */
  requestOrigin?: string;
}

export interface ReaderState {
  phase: 'empty' | 'loading' | 'password' | 'ready' | 'error';
  error?: ReaderError;
  /** A wrong password was given: ask again, saying so. */
  passwordRetry: boolean;
  title: string;
  pageCount: number;
  currentPage: number;
  scale: string;
  scan: { done: number; total: number; running: boolean; cancelled: boolean; noText: boolean };
  /** Drugs in document order (first mention), with counts and pages. */
  drugs: DrugPages[];
  mentionCount: number;
  find: { current: number; total: number; notFound: boolean };
}

export const INITIAL_READER_STATE: ReaderState = {
  phase: 'empty',
  passwordRetry: false,
  title: '',
  pageCount: 0,
  currentPage: 0,
  scale: 'auto',
  scan: { done: 0, total: 0, running: false, cancelled: false, noText: false },
  drugs: [],
  mentionCount: 0,
  find: { current: 0, total: 0, notFound: false },
};

interface MentionRef {
  page: number;
  /** Index in the page's mention list. */
  index: number;
  drugId: string;
}

/** A rendered page's text layer, as PDF.js's PDFPageView holds it. */
interface RenderedPageView {
  textLayer?: { highlighter?: { textDivs: Node[] | null } | null } | null;
}

export class ReaderController {
  private state: ReaderState = INITIAL_READER_STATE;
  private readonly eventBus: PdfJsViewer.EventBus;
  private readonly viewer: PdfJsViewer.PDFViewer;
  private readonly linkService: PdfJsViewer.PDFLinkService;
  private readonly painter: HighlightPainter;
  private task: PdfJsLib.PDFDocumentLoadingTask | undefined;
  private document: PdfJsLib.PDFDocumentProxy | undefined;
  private scanAbort: AbortController | undefined;
  private updatePassword: ((password: string) => void) | undefined;
  private readonly pageMentions = new Map<number, PdfMention[]>();
  private readonly renderedSpans = new Map<number, Node[]>();
  private readonly pageRecords = new Map<number, MentionRecord[]>();
  private readonly order: MentionRef[] = [];
  private cursor = -1;
  private pendingFocus: MentionRef | undefined;
  /** The user's highlight groups: mentions of a switched-off drug are neither listed nor painted. */
  private isEnabled: (drugId: string) => boolean = () => true;

  constructor(
    private readonly pdfjs: PdfJs,
    private readonly container: HTMLDivElement,
    viewerElement: HTMLDivElement,
    private readonly onState: (state: ReaderState) => void,
  ) {
    const { EventBus, PDFLinkService, PDFFindController, PDFViewer } = pdfjs.viewer;
    this.eventBus = new EventBus();
    this.linkService = new PDFLinkService({ eventBus: this.eventBus });
    const findController = new PDFFindController({
      eventBus: this.eventBus,
      linkService: this.linkService,
    });
    this.viewer = new PDFViewer({
      container,
      viewer: viewerElement,
      eventBus: this.eventBus,
      linkService: this.linkService,
      findController,
      textLayerMode: 1,
    });
    this.linkService.setViewer(this.viewer);
    this.painter = createHighlightPainter(document, 'background');
    this.listen();
  }

  get current(): ReaderState {
    return this.state;
  }

  /** Opens a PDF by URL (only the one the user asked for is fetched). */
  openUrl(url: string, title: string, requestOrigin?: string): Promise<void> {
    return this.open({ url }, title, { refetchHint: true, requestOrigin });
  }

  /** Opens a local file from the picker or a drop. */
  async openFile(file: File): Promise<void> {
    const data = new Uint8Array(await file.arrayBuffer());
    await this.open({ data }, file.name, {});
  }

  submitPassword(password: string): void {
    const update = this.updatePassword;
    this.updatePassword = undefined;
    this.set({ phase: 'loading' });
    update?.(password);
  }

  cancelPassword(): void {
    this.updatePassword = undefined;
    void this.task?.destroy();
    this.set({ phase: 'error', error: { message: s.passwordNeeded } });
  }

  cancelScan(): void {
    this.scanAbort?.abort(new DOMException('cancelled', 'AbortError'));
  }

  goToPage(page: number): void {
    if (page >= 1 && page <= this.state.pageCount) this.viewer.currentPageNumber = page;
  }

  zoom(value: 'in' | 'out' | string): void {
    if (value === 'in') this.viewer.increaseScale();
    else if (value === 'out') this.viewer.decreaseScale();
    else this.viewer.currentScaleValue = value;
  }

  find(query: string, options: { again?: boolean; previous?: boolean } = {}): void {
    this.eventBus.dispatch('find', {
      source: this,
      type: options.again ? 'again' : '',
      query,
      caseSensitive: false,
      entireWord: false,
      highlightAll: true,
      findPrevious: options.previous ?? false,
      matchDiacritics: false,
    });
  }

  /** The highlight style setting, applied to what is painted now and later. */
  setHighlightStyle(style: HighlightStyle): void {
    this.painter.setStyle(style);
  }

  /** The highlight groups setting: lists and paints only the drugs `isEnabled` accepts. */
  setDrugFilter(isEnabled: (drugId: string) => boolean): void {
    this.isEnabled = isEnabled;
    this.cursor = -1;
    this.pendingFocus = undefined;
    this.pageRecords.clear();
    for (const page of this.pageMentions.keys()) this.updateRecords(page);
    this.painter.paint([...this.pageRecords.values()].flat());
    this.publishDrugs();
  }

  /** Scrolls to the `index`-th mention (0-based, document order) of one drug and flashes it. */
  scrollToMention(drugId: string, index: number): void {
    let seen = 0;
    const i = this.order.findIndex(
      (ref) => ref.drugId === drugId && this.isEnabled(drugId) && seen++ === index,
    );
    const ref = this.order[i];
    if (ref === undefined) return;
    this.cursor = i;
    this.focus(ref);
  }

  /** The painted mention whose text holds `offset` of `node`, for hover cards. */
  mentionAt(node: Node, offset: number): MentionRecord | undefined {
    for (const records of this.pageRecords.values()) {
      const hit = records.find((r) =>
        r.pieces.some((p) => p.node === node && offset >= p.start && offset < p.end),
      );
      if (hit) return hit;
    }
    return undefined;
  }

  /** Re-fits a preset zoom ("automatic", "page width") after the viewer's width changed. */
  refit(): void {
    if (this.state.phase !== 'ready') return;
    const value = this.viewer.currentScaleValue;
    if (Number.isNaN(Number(value))) this.viewer.currentScaleValue = value;
    else this.viewer.update();
  }

  /** Scrolls to the next (or previous) mention, of one drug or of any, and flashes it. */
  stepMention(direction: 1 | -1, drugId?: string): void {
    const candidates = this.order
      .map((ref, i) => ({ ref, i }))
      .filter(({ ref }) => drugId === undefined || ref.drugId === drugId)
      .filter(({ ref }) => this.isEnabled(ref.drugId));
    if (candidates.length === 0) return;
    const after = candidates.filter(({ i }) =>
      direction === 1 ? i > this.cursor : i < this.cursor,
    );
    const next =
      direction === 1
        ? (after[0] ?? candidates[0])
        : (after[after.length - 1] ?? candidates[candidates.length - 1]);
    if (next === undefined) return;
    this.cursor = next.i;
    this.focus(next.ref);
  }

  /** The first mention of a drug on a page (the per-page list's page buttons). */
  showPage(page: number, drugId: string): void {
    const i = this.order.findIndex(
      (ref) => ref.page === page && ref.drugId === drugId && this.isEnabled(drugId),
    );
    const ref = this.order[i];
    if (ref === undefined) return this.goToPage(page);
    this.cursor = i;
    this.focus(ref);
  }

  /** Stops everything: the page is going away. */
  close(): void {
    this.cancelScan();
    void this.task?.destroy();
    this.painter.destroy();
  }

  private async open(
    source: { url?: string; data?: Uint8Array },
    title: string,
    failure: Omit<ReaderError, 'message'>,
  ): Promise<void> {
    await this.reset();
    this.set({ ...INITIAL_READER_STATE, phase: 'loading', title });
    const { lib } = this.pdfjs;
    const task = lib.getDocument({ ...documentOptions(), ...source });
    this.task = task;
    task.onPassword = (update: (password: string) => void, reason: number) => {
      this.updatePassword = update;
      this.set({
        phase: 'password',
        passwordRetry: reason === lib.PasswordResponses.INCORRECT_PASSWORD,
      });
    };
    let pdf: PdfJsLib.PDFDocumentProxy;
    try {
      pdf = await task.promise;
    } catch (error) {
      if (this.task !== task) return;
      const { network, ...described } = describeOpenError(error);
      const refetchHint = Boolean(failure.refetchHint && described.refetchHint);
      const requestOrigin = network ? failure.requestOrigin : undefined;
      this.set({ phase: 'error', error: { ...described, refetchHint, requestOrigin } });
      return;
    }
    if (this.task !== task) return;
    this.document = pdf;
    this.viewer.setDocument(pdf);
    this.linkService.setDocument(pdf);
    this.set({
      phase: 'ready',
      pageCount: pdf.numPages,
      currentPage: 1,
      scan: { done: 0, total: pdf.numPages, running: true, cancelled: false, noText: false },
    });
    void this.scan(pdf);
  }

  private async scan(pdf: PdfJsLib.PDFDocumentProxy): Promise<void> {
    const abort = new AbortController();
    this.scanAbort = abort;
    try {
      const totals = await scanPdfDocument(pdf, {
        signal: abort.signal,
        onPage: (scan, total) => this.addPage(scan, total),
      });
      this.set({
        scan: { ...this.state.scan, running: false, noText: totals.pagesWithText === 0 },
      });
    } catch (error) {
      if (this.document !== pdf) return;
      const cancelled = abort.signal.aborted;
      this.set({ scan: { ...this.state.scan, running: false, cancelled } });
      if (!cancelled) console.error('JAK Lens reader: reading the text failed', error);
    }
  }

  private addPage(scan: PdfPageScan, total: number): void {
    if (scan.mentions.length > 0) {
      this.pageMentions.set(scan.page, scan.mentions);
      scan.mentions.forEach((m, index) =>
        this.order.push({ page: scan.page, index, drugId: m.drugId }),
      );
      this.updateRecords(scan.page);
    }
    this.set({ scan: { ...this.state.scan, done: scan.page, total } });
    this.publishDrugs();
  }

  /** The drug list and the mention count, of the enabled drugs only. */
  private publishDrugs(): void {
    const shown = this.order.filter((ref) => this.isEnabled(ref.drugId));
    this.set({ drugs: drugPages(shown), mentionCount: shown.length });
  }

  private listen(): void {
    this.eventBus.on('pagesinit', () => {
      this.viewer.currentScaleValue = 'auto';
    });
    this.eventBus.on('pagechanging', ({ pageNumber }: { pageNumber: number }) => {
      this.set({ currentPage: pageNumber });
    });
    this.eventBus.on(
      'scalechanging',
      ({ presetValue, scale }: { presetValue?: string; scale: number }) => {
        this.set({ scale: presetValue ?? String(scale) });
      },
    );
    this.eventBus.on(
      'textlayerrendered',
      ({ pageNumber, source }: { pageNumber: number; source: RenderedPageView }) => {
        const spans = source.textLayer?.highlighter?.textDivs;
        if (!spans) return;
        this.renderedSpans.set(pageNumber, spans);
        this.updateRecords(pageNumber);
      },
    );
    const onFindCount = ({
      matchesCount,
      state,
    }: {
      matchesCount?: { current: number; total: number };
      state?: number;
    }) => {
      const count = matchesCount ?? { current: 0, total: 0 };
      const notFound = state === this.pdfjs.viewer.FindState.NOT_FOUND;
      this.set({ find: { current: count.current, total: count.total, notFound } });
    };
    this.eventBus.on('updatefindmatchescount', onFindCount);
    this.eventBus.on('updatefindcontrolstate', onFindCount);
  }

  /** A page is painted once both its mentions and its rendered text layer are known. */
  private updateRecords(page: number): void {
    const spans = this.renderedSpans.get(page);
    const mentions = this.pageMentions.get(page);
    if (!spans || !mentions) return;
    const enabled = mentions.filter((m) => this.isEnabled(m.drugId));
    this.pageRecords.set(page, textLayerRecords(spans, enabled));
    this.painter.paint([...this.pageRecords.values()].flat());
    if (this.pendingFocus?.page === page) this.focus(this.pendingFocus);
  }

  private focus(ref: MentionRef): void {
    const mention = this.pageMentions.get(ref.page)?.[ref.index];
    const record = this.pageRecords
      .get(ref.page)
      ?.find(
        (r) =>
          r.surface === mention?.surface && r.pieces[0] !== undefined && isRecordOf(r, mention),
      );
    const node = record?.pieces[0]?.node.parentElement;
    if (record && node?.isConnected) {
      this.pendingFocus = undefined;
      // Already in view (often, right after scrolling its page in): no jump, and the page
      // number stays the mention's page rather than the one above it.
      if (!this.inView(node)) node.scrollIntoView({ block: 'center', inline: 'nearest' });
      this.painter.flash(record);
      return;
    }
    this.pendingFocus = ref;
    this.viewer.scrollPageIntoView({ pageNumber: ref.page });
  }

  private inView(node: Element): boolean {
    const box = node.getBoundingClientRect();
    const view = this.container.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) return false;
    return (
      box.top >= view.top &&
      box.bottom <= view.bottom &&
      box.left >= view.left &&
      box.right <= view.right
    );
  }

  private async reset(): Promise<void> {
    this.cancelScan();
    const task = this.task;
    this.task = undefined;
    this.document = undefined;
    this.updatePassword = undefined;
    this.pageMentions.clear();
    this.renderedSpans.clear();
    this.pageRecords.clear();
    this.order.length = 0;
    this.cursor = -1;
    this.pendingFocus = undefined;
    this.painter.paint([]);
    this.viewer.setDocument(null as unknown as PdfJsLib.PDFDocumentProxy);
    this.linkService.setDocument(null);
    await task?.destroy();
  }

  private set(patch: Partial<ReaderState>): void {
    this.state = { ...this.state, ...patch };
    this.onState(this.state);
  }
}

/** Whether a record on the text layer is the one made from `mention` (same first piece offset). */
function isRecordOf(record: MentionRecord, mention: PdfMention | undefined): boolean {
  return mention !== undefined && record.pieces[0]?.start === mention.from.offset;
}

/** Drugs in the order of their first mention, with counts and the pages they are on. */
export function drugPages(order: readonly { page: number; drugId: string }[]): DrugPages[] {
  const byDrug = new Map<string, DrugPages>();
  for (const { page, drugId } of order) {
    let entry = byDrug.get(drugId);
    if (entry === undefined) byDrug.set(drugId, (entry = { drugId, count: 0, pages: [] }));
    entry.count += 1;
    if (entry.pages[entry.pages.length - 1] !== page) entry.pages.push(page);
  }
  return [...byDrug.values()];
}

/** What went wrong opening a PDF, in words for the reader's user. */
export function describeOpenError(error: unknown): ReaderError & { network?: boolean } {
  const { name, message, status } = (error ?? {}) as {
    name?: string;
    message?: string;
    status?: number;
  };
  if (name === 'PasswordException') return { message: s.passwordNeeded };
  if (name === 'InvalidPDFException') return { message: s.invalidPdf };
  if (name === 'ResponseException' && typeof status === 'number' && status > 0) {
    return {
      message: status === 404 ? s.httpNotFound : format(s.httpError, { status }),
      refetchHint: true,
    };
  }
  // Anything else is the fetch itself failing: offline, refused, or blocked by CORS.
  return {
    message: format(s.fetchFailed, { reason: message ?? String(error) }),
    refetchHint: true,
    network: true,
  };
}

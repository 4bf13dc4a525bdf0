/**
 * The page's own script. It runs in the browser, so it is embedded as the
 * source text of {@link pageScript}: the function must stay self-contained
 * (no imports, no references to anything outside its body).
 *
 * It lays out each grid of cards in columns that fit its width (see
 * `_card_layout.ts`), again whenever a grid's width or a card's height
 * changes; draws every visible chart from the figure JSON beside it, one
 * chart per task so the page stays responsive; draws hidden charts when
 * they are revealed (the hidden-metrics toggle, an event's panel); makes
 * events selectable; reloads when a preview server says the file changed;
 * and marks `preview-interactive` and `preview-ready` with the Performance
 * API (also `data-ready` on the root element) for tests and curious users.
 * @module
 */

import { cardSpans, inHoles, levelCards, packCards } from "./_card_layout.ts";

/** The script's source, to embed in a `<script>` element. */
export function pageScriptSource(): string {
  return `(${pageScript.toString()})(${cardSpans.toString()}, ${packCards.toString()}, ${inHoles.toString()}, ${levelCards.toString()});`;
}

/**
 * Runs in the page; see the module comment. Helpers are methods of one
 * object and callbacks are inline: bundlers that keep function names
 * (esbuild's `keepNames`) then add no helper calls inside this body, which
 * must not refer to anything outside itself.
 */
function pageScript(spansOf: typeof cardSpans, pack: typeof packCards, holesOf: typeof inHoles, level: typeof levelCards): void {
  interface PlotlyApi {
    newPlot(element: HTMLElement, data: unknown[], layout: unknown, config: unknown): Promise<unknown>;
    Plots: { resize(element: HTMLElement): Promise<unknown> };
  }
  interface StoredFigure {
    data: unknown[];
    layout: Record<string, unknown>;
    frames?: unknown[];
  }
  const plotly = (globalThis as unknown as { Plotly?: PlotlyApi }).Plotly;
  const config = { displaylogo: false, modeBarButtonsToRemove: ["lasso2d", "select2d"] };
  let pending: Promise<void> = Promise.resolve();
  /** Grids to lay out again at the next frame. */
  const stale = new Set<HTMLElement>();

  const page = {
    fail(chart: HTMLElement, reason: string): void {
      const note = document.createElement("p");
      note.className = "cannot-draw";
      note.textContent = `Cannot draw: ${reason}`;
      chart.replaceWith(note);
    },

    async draw(chart: HTMLElement): Promise<void> {
      if (chart.dataset["state"] !== undefined) return;
      chart.dataset["state"] = "drawing";
      const source = document.getElementById(chart.dataset["figure"] ?? "");
      if (plotly === undefined) return page.fail(chart, "the charting library did not load");
      try {
        const figure = JSON.parse(source?.textContent ?? "null") as StoredFigure;
        page.roomForLegend(figure, chart.clientWidth);
        await plotly.newPlot(chart, figure.data, figure.layout, config);
        chart.dataset["state"] = "drawn";
      } catch (error) {
        page.fail(chart, error instanceof Error ? error.message : String(error));
      }
    },

    /**
     * Makes `figure` taller by the rows its horizontal legend wraps into on
     * a chart `width` pixels wide, so a narrow chart keeps its plot instead
     * of squeezing the legend. Entry widths are estimated from the series'
     * names; like Plotly, entries that do not fit in one row are aligned in
     * columns as wide as the widest.
     */
    roomForLegend(figure: StoredFigure, width: number): void {
      const { layout } = figure;
      const entries = figure.data.filter((trace) => (trace as { showlegend?: boolean }).showlegend !== false);
      const horizontal = (layout["legend"] as { orientation?: string } | undefined)?.orientation === "h";
      if (!horizontal || layout["showlegend"] === false || entries.length < 2 || typeof layout["height"] !== "number") return;
      const widths = entries.map((trace) => 40 + 7 * String((trace as { name?: unknown }).name ?? "").length);
      const room = width - 40;
      const fits = widths.reduce((sum, entry) => sum + entry, 0) <= room;
      const rows = fits ? 1 : Math.ceil(widths.length / Math.max(1, Math.floor(room / Math.max(...widths))));
      layout["height"] = layout["height"] + 20 * (rows - 1);
    },

    /** Makes each card as wide as its tracks and returns the cards' heights. */
    fit(cards: HTMLElement[], layout: { tracks: number; spans: number[] }, width: number, gap: number): number[] {
      const track = (width - (layout.tracks - 1) * gap) / layout.tracks;
      cards.forEach((card, index) => {
        card.style.width = `${layout.spans[index]! * track + (layout.spans[index]! - 1) * gap}px`;
      });
      return cards.map((card) => card.getBoundingClientRect().height);
    },

    /**
     * Places the cards of `grid` (when it is shown): every card one column
     * wide first, so cards that fit in holes higher up stay there; then the
     * others between two full-width cards share their rows; last, cards
     * grow down to the card below them so columns end level (their content
     * stays at the top). Charts already drawn are fitted to their card's new
     * width.
     */
    layOut(grid: HTMLElement): void {
      const width = grid.clientWidth;
      if (width === 0) return;
      const gap = Number.parseFloat(getComputedStyle(grid).columnGap) || 0;
      const cards = [...grid.children] as HTMLElement[];
      const widths = cards.map((card) => card.dataset["width"] ?? "column");
      const before = cards.map((card) => card.style.width);
      for (const card of cards) card.style.height = "";
      grid.classList.add("packed");
      const narrow = spansOf(width, gap, widths, widths.map(() => true));
      const narrowHeights = page.fit(cards, narrow, width, gap);
      const layout = spansOf(width, gap, widths, holesOf(widths, pack(narrow.spans, narrowHeights, narrow.tracks, gap)));
      const heights = layout.spans.every((span, index) => span === narrow.spans[index]) ? narrowHeights : page.fit(cards, layout, width, gap);
      const places = pack(layout.spans, heights, layout.tracks, gap);
      const levelled = level(layout.spans, places, heights, gap);
      const track = (width - (layout.tracks - 1) * gap) / layout.tracks;
      let bottom = 0;
      cards.forEach((card, index) => {
        card.style.left = `${places[index]!.track * (track + gap)}px`;
        card.style.top = `${places[index]!.top}px`;
        if (levelled[index] !== heights[index]) card.style.height = `${levelled[index]}px`;
        bottom = Math.max(bottom, places[index]!.top + heights[index]!);
      });
      grid.style.height = `${bottom}px`;
      const resized = cards.filter((card, index) => card.style.width !== before[index]);
      for (const chart of resized.flatMap((card) => [...card.querySelectorAll<HTMLElement>(".chart[data-state=drawn]")])) {
        plotly?.Plots.resize(chart).catch(() => undefined);
      }
    },

    /** Lays out `grid` again at the next frame (its width or a card's height changed). */
    layOutSoon(grid: HTMLElement): void {
      if (stale.size === 0) {
        requestAnimationFrame(() => {
          for (const each of stale) page.layOut(each);
          stale.clear();
        });
      }
      stale.add(grid);
    },

    /** Draws the visible, undrawn charts under `scope`, top to bottom, one per task, after any drawing already queued. */
    drawVisible(scope: ParentNode): Promise<void> {
      for (const grid of scope.querySelectorAll<HTMLElement>(".cards")) page.layOut(grid);
      pending = pending.then(async () => {
        for (const chart of scope.querySelectorAll<HTMLElement>(".chart:not([data-state])")) {
          if (chart.offsetParent === null) continue;
          await page.draw(chart);
          const grid = chart.closest<HTMLElement>(".cards");
          if (grid !== null) page.layOut(grid);
          // The next task: input and painting are never held up by more than one chart.
          await new Promise((resolve) => setTimeout(resolve, 0));
        }
      });
      return pending;
    },

    selectEvent(key: string): void {
      for (const control of document.querySelectorAll<HTMLElement>("[data-event]")) {
        control.setAttribute("aria-pressed", String(control.dataset["event"] === key));
      }
      let shown: HTMLElement | undefined;
      for (const panel of document.querySelectorAll<HTMLElement>("[data-event-panel]")) {
        panel.hidden = panel.dataset["eventPanel"] !== key;
        if (!panel.hidden) shown = panel;
      }
      const hint = document.querySelector<HTMLElement>("[data-event-hint]");
      if (hint !== null) hint.hidden = true;
      if (shown !== undefined) void page.drawVisible(shown);
    },
  };

  document.addEventListener("click", (event) => {
    const control = (event.target as Element | null)?.closest<HTMLElement>("[data-event]");
    if (control?.dataset["event"] !== undefined) page.selectEvent(control.dataset["event"]);
  });
  for (const details of document.querySelectorAll<HTMLDetailsElement>("details")) {
    details.addEventListener("toggle", () => {
      if (details.open) void page.drawVisible(details);
    });
  }
  if (typeof ResizeObserver === "function") {
    const observer = new ResizeObserver((entries) => {
      for (const { target } of entries) {
        const grid = target.classList.contains("cards") ? target : target.parentElement;
        if (grid !== null) page.layOutSoon(grid as HTMLElement);
      }
    });
    for (const grid of document.querySelectorAll<HTMLElement>(".cards")) {
      observer.observe(grid);
      for (const card of grid.children) observer.observe(card);
    }
  }
  const live = document.body.dataset["live"];
  if (live !== undefined && typeof EventSource === "function") {
    new EventSource(live).addEventListener("change", () => location.reload());
  }

  performance.mark("preview-interactive");
  void page.drawVisible(document).then(() => {
    performance.mark("preview-ready");
    document.documentElement.dataset["ready"] = "true";
  });
}

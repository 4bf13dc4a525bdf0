/**
 * The page's own script. It runs in the browser, so it is embedded as the
 * source text of {@link pageScript}: the function must stay self-contained
 * (no imports, no references to anything outside its body).
 *
 * It draws every visible chart from the figure JSON beside it, one chart per
 * task so the page stays responsive; draws hidden charts when they are
 * revealed (the hidden-metrics toggle, an event's panel); makes events
 * selectable; reloads when a preview server says the file changed; and
 * marks `preview-interactive` and `preview-ready` with the Performance API
 * (also `data-ready` on the root element) for tests and curious users.
 * @module
 */

/** The script's source, to embed in a `<script>` element. */
export function pageScriptSource(): string {
  return `(${pageScript.toString()})();`;
}

/**
 * Runs in the page; see the module comment. Helpers are methods of one
 * object and callbacks are inline: bundlers that keep function names
 * (esbuild's `keepNames`) then add no helper calls inside this body, which
 * must not refer to anything outside itself.
 */
function pageScript(): void {
  interface PlotlyApi {
    newPlot(element: HTMLElement, data: unknown[], layout: unknown, config: unknown): Promise<unknown>;
  }
  interface StoredFigure {
    data: unknown[];
    layout: Record<string, unknown>;
    frames?: unknown[];
  }
  const plotly = (globalThis as unknown as { Plotly?: PlotlyApi }).Plotly;
  const config = { responsive: true, displaylogo: false, modeBarButtonsToRemove: ["lasso2d", "select2d"] };
  let pending: Promise<void> = Promise.resolve();

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
        await plotly.newPlot(chart, figure.data, figure.layout, config);
        chart.dataset["state"] = "drawn";
      } catch (error) {
        page.fail(chart, error instanceof Error ? error.message : String(error));
      }
    },

    /** Draws the visible, undrawn charts under `scope`, top to bottom, one per task, after any drawing already queued. */
    drawVisible(scope: ParentNode): Promise<void> {
      pending = pending.then(async () => {
        for (const chart of scope.querySelectorAll<HTMLElement>(".chart:not([data-state])")) {
          if (chart.offsetParent === null) continue;
          await page.draw(chart);
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

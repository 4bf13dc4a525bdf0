/**
 * States-over-time card: a timeline per series, one colour per state,
 * failure states in red.
 * @module
 */

import type { StatesOverTimeView } from "../model/index.ts";
import { baseLayout, chart, failureColor, palette, timeAxis, timeValue, type Figure } from "./_figure.ts";
import { formatTime } from "./_format.ts";
import type { Html } from "./_html.ts";

/** Colours failure states cycle through: reds, darkest first. */
const failurePalette = [failureColor, "#a40e26", "#ff8182"];

/** The Plotly figure of a states-over-time metric: one horizontal bar trace per state. */
export function statesOverTimeFigure(view: StatesOverTimeView): Figure {
  const failing = new Set(view.failureStates);
  let ordinary = 0;
  let failures = 0;
  const data = view.states.map((state) => {
    const color = failing.has(state) ? failurePalette[failures++ % failurePalette.length] : palette[ordinary++ % palette.length];
    const y: string[] = [];
    const base: number[] = [];
    const x: number[] = [];
    const spans: string[] = [];
    for (const row of view.rows) {
      for (const segment of row.segments) {
        if (segment.state !== state) continue;
        y.push(row.name);
        base.push(timeValue(segment.start, view.timeScale));
        x.push(timeValue(segment.end, view.timeScale) - timeValue(segment.start, view.timeScale));
        spans.push(`${formatTime(segment.start, view.timeScale)} – ${formatTime(segment.end, view.timeScale)}`);
      }
    }
    return {
      type: "bar",
      orientation: "h",
      name: failing.has(state) ? `${state} (failure)` : state,
      y,
      base,
      x,
      customdata: spans,
      hovertemplate: "%{fullData.name}<br>%{customdata}<extra>%{y}</extra>",
      marker: { color, line: { width: 0 } },
    };
  });
  return {
    data,
    layout: baseLayout({
      height: Math.max(160, 110 + 40 * view.rows.length),
      barmode: "overlay",
      bargap: 0.35,
      xaxis: timeAxis(view.timeScale),
      yaxis: { autorange: "reversed", type: "category", categoryorder: "array", categoryarray: view.rows.map((row) => row.name) },
    }),
  };
}

/** The body of a states-over-time card. */
export function renderStatesOverTime(view: StatesOverTimeView, key: string): Html {
  return chart(key, statesOverTimeFigure(view));
}

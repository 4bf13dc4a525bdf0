/**
 * View of a states-over-time metric: for each states series (each category
 * of grouped data), the spans of time spent in each state.
 * @module
 */

import type { StatesOverTimeMetricValues } from "../../proto/index.ts";
import { categoriesOf, expectSameLength, labelsOf, timesOf } from "./_data_index.ts";
import { maxDrawnPoints } from "./_downsample.ts";
import { timeScaleOf } from "./_time.ts";
import type { ViewContext } from "./_view_context.ts";
import type { Downsampling, StateRow, StateSegment, StatesOverTimeView } from "./preview_model.ts";

/** The view of `states_over_time_metric_values`. */
export function statesOverTimeView(values: StatesOverTimeMetricValues, context: ViewContext): StatesOverTimeView {
  const rows: StateRow[] = [];
  let downsampling: Downsampling | undefined;
  const firstTimes: number[] = [];
  values.statesOverTimeDataId.forEach((ref, k) => {
    const data = context.data.get(ref, `states_over_time_data_id[${k}]`);
    const index = context.data.indexOf(data);
    const name = values.legendSeriesNames[k] || data.name;
    const categories = categoriesOf(data);
    const read = (category: string | undefined): StateRow => {
      const states = labelsOf(data, category);
      const times = timesOf(index, category);
      expectSameLength(states, times, `the states and times of data "${data.name}"`);
      if (times.length > 0) firstTimes.push(times[0]!);
      const stride = Math.ceil(states.length / maxDrawnPoints);
      if (stride > 1 && (downsampling === undefined || states.length > downsampling.sourcePoints)) {
        downsampling = { sourcePoints: states.length, drawnPoints: Math.ceil(states.length / stride), method: `one sample in every ${stride}` };
      }
      return { name: category === undefined ? name : `${name} · ${category}`, segments: segmentsOf(states, times, stride) };
    };
    if (categories === undefined) rows.push(read(undefined));
    else for (const category of categories) rows.push(read(category));
  });
  const states = [...values.statesSet];
  const known = new Set(states);
  for (const row of rows) {
    for (const segment of row.segments) {
      if (!known.has(segment.state)) {
        known.add(segment.state);
        states.push(segment.state);
      }
    }
  }
  const view: StatesOverTimeView = {
    kind: "statesOverTime",
    timeScale: timeScaleOf(firstTimes),
    states,
    failureStates: [...values.failureStates],
    rows,
  };
  if (downsampling !== undefined) view.downsampling = downsampling;
  return view;
}

/**
 * Runs of equal states as spans: a sample's state lasts until the next
 * sample; the last one lasts one average step. With `stride > 1` only every
 * stride-th sample is read.
 */
function segmentsOf(states: readonly string[], times: Float64Array, stride: number): StateSegment[] {
  const n = states.length;
  if (n === 0) return [];
  const step = n > 1 ? (times[n - 1]! - times[0]!) / (n - 1) : 1;
  const end = times[n - 1]! + (step > 0 ? step : 1);
  const segments: StateSegment[] = [];
  for (let i = 0; i < n; i += stride) {
    const state = states[i]!;
    const last = segments.at(-1);
    if (last !== undefined && last.state === state) continue;
    if (last !== undefined) last.end = times[i]!;
    segments.push({ state, start: times[i]!, end });
  }
  return segments;
}


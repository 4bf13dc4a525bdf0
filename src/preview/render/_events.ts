/**
 * The events section: a timeline of events coloured by status, a list of
 * them, and one panel per event with its metrics' cards, shown when the
 * event is picked.
 * @module
 */

import type { EventView } from "../model/index.ts";
import { countOf } from "../../text/index.ts";
import { renderCardGrid } from "./_card.ts";
import { formatTime } from "./_format.ts";
import { html, type Html } from "./_html.ts";
import { importancePill, statusPill } from "./_pill.ts";

/** Timeline markers closer than this (percent of its width) go to different lanes. */
const laneGap = 8;
const maxLanes = 4;

/** Where each timed event sits on the timeline: percent from the left and lane from the top. */
export function timelinePositions(events: readonly EventView[]): Map<string, { left: number; lane: number }> {
  const timed = events.filter((event) => event.time !== undefined);
  const times = timed.map((event) => event.time!);
  const min = Math.min(...times);
  const max = Math.max(...times);
  const positions = new Map<string, { left: number; lane: number }>();
  const laneEnds: number[] = [];
  for (const event of timed) {
    const left = max > min ? 4 + (92 * (event.time! - min)) / (max - min) : 50;
    let lane = laneEnds.findIndex((end) => left - end >= laneGap);
    if (lane < 0) lane = laneEnds.length < maxLanes ? laneEnds.length : 0;
    laneEnds[lane] = left;
    positions.set(event.key, { left: Math.round(left * 100) / 100, lane });
  }
  return positions;
}

function timeOf(event: EventView): string {
  return event.time === undefined ? "no time" : formatTime(event.time, event.timeScale);
}

function timeline(events: readonly EventView[]): Html {
  const positions = timelinePositions(events);
  const timed = events.filter((event) => positions.has(event.key));
  if (timed.length === 0) return html``;
  const lanes = Math.max(...[...positions.values()].map((p) => p.lane)) + 1;
  const markers = timed.map((event) => {
    const { left, lane } = positions.get(event.key)!;
    // Labels of markers on the right half open leftwards, so they stay inside the timeline.
    return html`<button type="button" class="event-marker tone-${event.status.tone}${left > 60 ? " flip" : ""}" style="left:${left}%;top:${lane * 26}px" data-event="${event.key}" aria-pressed="false" title="${event.name} · ${timeOf(event)} · ${event.status.label}"><span class="dot"></span><span class="label">${event.name}</span></button>`;
  });
  const first = timed[0]!;
  const last = timed.at(-1)!;
  const ticks =
    first.time === last.time
      ? html`<span class="tick" style="left:50%">${timeOf(first)}</span>`
      : html`<span class="tick" style="left:4%">${timeOf(first)}</span><span class="tick" style="left:96%">${timeOf(last)}</span>`;
  return html`<div class="timeline" style="height:${lanes * 26 + 34}px" aria-label="Event timeline">
<div class="track"></div>${markers}${ticks}
</div>`;
}

function eventRow(event: EventView): Html {
  const tags = event.tags.length > 0 && html`<ul class="tags">${event.tags.map((tag) => html`<li>${tag}</li>`)}</ul>`;
  return html`<tr><td class="time">${timeOf(event)}</td><td><button type="button" class="event-link" data-event="${event.key}" aria-pressed="false">${event.name}</button>${tags}</td><td>${statusPill(event.status)}</td><td>${importancePill(event.importance)}</td><td class="number">${countOf(event.metrics.length, "metric")}</td></tr>`;
}

function eventPanel(event: EventView): Html {
  const tags = event.tags.length > 0 && html`<ul class="tags">${event.tags.map((tag) => html`<li>${tag}</li>`)}</ul>`;
  const cards = event.metrics.length === 0 ? html`<p class="empty">No metrics are attached to this event.</p>` : renderCardGrid(event.metrics);
  return html`<section class="event-panel tone-${event.status.tone}" id="event-${event.key}" data-event-panel="${event.key}" hidden>
<header class="event-head"><h3>${event.name}</h3><span class="time">${timeOf(event)}</span>${statusPill(event.status)}${importancePill(event.importance)}</header>
${event.description && html`<p class="description">${event.description}</p>`}${tags}${cards}
</section>`;
}

/** The events section; nothing when the file has no events. */
export function renderEvents(events: readonly EventView[]): Html {
  if (events.length === 0) return html``;
  return html`<section id="events" class="events">
<h2>Events <span class="count">${events.length}</span></h2>
${timeline(events)}
<table class="event-list"><thead><tr><th scope="col">Time</th><th scope="col">Event</th><th scope="col">Status</th><th scope="col">Importance</th><th scope="col">Metrics</th></tr></thead><tbody>${events.map(eventRow)}</tbody></table>
<div class="event-panels"><p class="hint" data-event-hint>Pick an event on the timeline or in the list to see its metrics.</p>${events.map(eventPanel)}</div>
</section>`;
}

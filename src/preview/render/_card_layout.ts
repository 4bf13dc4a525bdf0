/**
 * How the page lays out a grid of cards: how many columns fit its width,
 * how much of it each card spans, and where each card goes so that no card
 * leaves a hole beside a taller one that a later card could fill, and how
 * tall each card grows so that columns end level above the card below.
 * The functions run in the browser as part of the page script, so they
 * stay self-contained (no imports, no nested named functions).
 * @module
 */

/** How much of a grid's width a card takes: one column, or the full width (timelines, galleries, free-form figures). */
export type CardWidth = "column" | "full";

/** Where a card goes: its first track and its top edge in pixels. */
export interface CardPlace {
  track: number;
  top: number;
}

/**
 * The tracks of a grid `width` pixels wide and the tracks each card spans.
 * The grid has as many columns of at least 440 pixels as fit, at most three
 * (one on a phone, two on a laptop, three on a wide screen); with three,
 * each column is two tracks, so two cards can share a row half and half.
 * Full-width cards span every track. The other cards between two of them
 * share the row when they are fewer than the columns (one alone takes the
 * full width), so no column stays empty beside them; cards marked in
 * `oneColumn` (those that fit in holes higher up) take one column and are
 * not counted.
 *
 * @example
 * cardSpans(1416, 16, ["column", "column", "full", "column"], []); // { tracks: 6, spans: [3, 3, 6, 6] }
 */
export function cardSpans(width: number, gap: number, widths: readonly string[], oneColumn: readonly boolean[]): { tracks: number; spans: number[] } {
  const columns = Math.max(1, Math.min(3, Math.floor((width + gap) / (440 + gap))));
  const tracks = columns === 3 ? 6 : columns;
  const spans: number[] = [];
  let start = 0;
  while (start < widths.length) {
    let end = start;
    while (end < widths.length && widths[end] !== "full") end++;
    let sharing = 0;
    for (let card = start; card < end; card++) if (oneColumn[card] !== true) sharing++;
    for (; start < end; start++) spans.push(tracks / (oneColumn[start] === true ? columns : Math.min(columns, sharing)));
    if (start < widths.length) spans.push(tracks);
    start++;
  }
  return { tracks, spans };
}

/**
 * Which cards {@link packCards} placed higher than a full-width card before
 * them, in a hole that card left.
 *
 * @example
 * inHoles(["column", "full", "column"], [{ track: 0, top: 0 }, { track: 0, top: 500 }, { track: 1, top: 0 }]); // [false, false, true]
 */
export function inHoles(widths: readonly string[], places: readonly CardPlace[]): boolean[] {
  const moved: boolean[] = [];
  let fullTop = Number.NEGATIVE_INFINITY;
  for (let card = 0; card < widths.length; card++) {
    if (widths[card] === "full") fullTop = Math.max(fullTop, places[card]!.top);
    moved.push(widths[card] !== "full" && places[card]!.top < fullTop);
  }
  return moved;
}

/**
 * Places cards of the given track spans and heights (pixels) in `tracks`
 * tracks, in order: each at the highest free place it fits, leftmost on
 * ties, holes left beside taller cards included, with `gap` pixels below
 * every card.
 *
 * @example
 * packCards([2, 1, 1], [400, 150, 150], 3, 16);
 * // [{ track: 0, top: 0 }, { track: 2, top: 0 }, { track: 2, top: 166 }]
 */
export function packCards(spans: readonly number[], heights: readonly number[], tracks: number, gap: number): CardPlace[] {
  // Per track, its free intervals [top, bottom) in order; the last one is open-ended.
  const free: [number, number][][] = Array.from({ length: tracks }, () => [[0, Number.POSITIVE_INFINITY]]);
  const places: CardPlace[] = [];
  for (let card = 0; card < spans.length; card++) {
    const span = Math.min(Math.max(1, spans[card]!), tracks);
    const needed = heights[card]! + gap;
    let best: CardPlace | undefined;
    for (let first = 0; first + span <= tracks; first++) {
      const tops = free.slice(first, first + span).flatMap((intervals) => intervals.map(([top]) => top));
      tops.sort((a, b) => a - b);
      for (const top of tops) {
        if (best !== undefined && top >= best.top) break;
        const fits = free
          .slice(first, first + span)
          .every((intervals) => intervals.some(([start, end]) => start <= top && top + needed <= end));
        if (fits) {
          best = { track: first, top };
          break;
        }
      }
    }
    const place = best!;
    for (let track = place.track; track < place.track + span; track++) {
      free[track] = free[track]!.flatMap(([start, end]): [number, number][] => {
        if (!(start <= place.top && place.top + needed <= end)) return [[start, end]];
        const parts: [number, number][] = [];
        if (place.top > start) parts.push([start, place.top]);
        if (end > place.top + needed) parts.push([place.top + needed, end]);
        return parts;
      });
    }
    places.push(place);
  }
  return places;
}

/**
 * The heights that make columns end level: each card placed by
 * {@link packCards} grows down to the nearest card below it in any of its
 * tracks (less the gap), so the shorter columns of a run of cards end level
 * with the tallest above the full-width card that follows, instead of
 * leaving a hole beside it. Cards with nothing below them keep their height.
 *
 * @example
 * levelCards([1, 1, 2], [{ track: 0, top: 0 }, { track: 1, top: 0 }, { track: 0, top: 416 }], [400, 150, 200], 16);
 * // [400, 400, 200]
 */
export function levelCards(spans: readonly number[], places: readonly CardPlace[], heights: readonly number[], gap: number): number[] {
  return heights.map((height, card) => {
    const { track, top } = places[card]!;
    let below = Number.POSITIVE_INFINITY;
    for (let other = 0; other < places.length; other++) {
      const next = places[other]!;
      const beside = next.track < track + spans[card]! && track < next.track + spans[other]!;
      if (beside && next.top > top) below = Math.min(below, next.top);
    }
    return below === Number.POSITIVE_INFINITY ? height : below - gap - top;
  });
}

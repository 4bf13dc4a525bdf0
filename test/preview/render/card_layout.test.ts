import { test } from "node:test";
import assert from "node:assert/strict";
import { cardSpans, inHoles, levelCards, packCards } from "../../../src/preview/render/_card_layout.ts";

test("cardSpans() fits one column on a phone, two on a laptop, three (six tracks) on a wide screen", () => {
  const widths = ["column", "column", "column", "full"];
  const all = widths.map(() => false);
  assert.deepEqual(cardSpans(358, 16, widths, all), { tracks: 1, spans: [1, 1, 1, 1] });
  assert.deepEqual(cardSpans(960, 16, widths, all), { tracks: 2, spans: [1, 1, 1, 2] });
  assert.deepEqual(cardSpans(1416, 16, widths, all), { tracks: 6, spans: [2, 2, 2, 6] });
  assert.deepEqual(cardSpans(895, 16, ["column"], [true]), { tracks: 1, spans: [1] }, "two columns need 896 px");
  assert.deepEqual(cardSpans(3000, 16, ["column"], [true]), { tracks: 6, spans: [2] }, "never more than three columns");
});

test("cardSpans() lets cards between full-width ones share the row when they are fewer than the columns", () => {
  const widths = ["column", "full", "column", "column", "full", "column", "column", "column", "column"];
  assert.deepEqual(cardSpans(1416, 16, widths, widths.map(() => false)).spans, [6, 6, 3, 3, 6, 2, 2, 2, 2]);
  assert.deepEqual(cardSpans(960, 16, widths, widths.map(() => false)).spans, [2, 2, 1, 1, 2, 1, 1, 1, 1]);
  // A card that fits in a hole higher up keeps one column and leaves its neighbour alone in the row.
  assert.deepEqual(cardSpans(1416, 16, ["column", "full", "column", "column"], [false, false, true, false]).spans, [6, 6, 2, 6]);
  assert.deepEqual(cardSpans(1416, 16, [], []), { tracks: 6, spans: [] });
});

test("packCards() stacks short cards beside a tall one instead of leaving a hole", () => {
  // A chart 400 px tall in the first column, three scalars 120 px tall beside it, then another chart.
  const places = packCards([1, 1, 1, 1, 1], [400, 120, 120, 120, 400], 2, 16);
  assert.deepEqual(places, [
    { track: 0, top: 0 },
    { track: 1, top: 0 },
    { track: 1, top: 136 },
    { track: 1, top: 272 },
    { track: 1, top: 408 },
  ]);
});

test("packCards() puts a full-width card below every column and fills the holes above it with later cards that fit", () => {
  const places = packCards([1, 1, 2, 1, 1], [400, 100, 200, 350, 100], 2, 16);
  assert.deepEqual(places, [
    { track: 0, top: 0 },
    { track: 1, top: 0 },
    { track: 0, top: 416 },
    { track: 0, top: 632 },
    { track: 1, top: 116 },
  ]);
  assert.deepEqual(inHoles(["column", "column", "full", "column", "column"], places), [false, false, false, false, true]);
});

test("levelCards() grows the last card of each shorter column down to the full-width card below, so the columns end level", () => {
  // Three columns (six tracks): a scalar, two charts, a short table and a scalar under them, then a full-width timeline.
  const spans = [2, 2, 2, 2, 2, 6];
  const heights = [150, 400, 400, 430, 170, 200];
  const places = packCards(spans, heights, 6, 16);
  assert.deepEqual(places, [
    { track: 0, top: 0 },
    { track: 2, top: 0 },
    { track: 4, top: 0 },
    { track: 0, top: 166 },
    { track: 2, top: 416 },
    { track: 0, top: 612 },
  ]);
  // The first column is the tallest (166 + 430); the others end level with it, 16 px above the timeline.
  assert.deepEqual(levelCards(spans, places, heights, 16), [150, 400, 596, 430, 180, 200]);
});

test("levelCards() keeps the heights of cards with nothing below them and of cards already touching the next", () => {
  assert.deepEqual(levelCards([1, 1], [{ track: 0, top: 0 }, { track: 1, top: 0 }], [400, 100], 16), [400, 100], "the grid's last row stays as it is");
  assert.deepEqual(levelCards([1, 1, 1], [{ track: 0, top: 0 }, { track: 0, top: 116 }, { track: 1, top: 0 }], [100, 50, 300], 16), [100, 50, 300]);
  assert.deepEqual(levelCards([], [], [], 16), []);
  // A card that fills a hole higher up grows down to the full-width card whose hole it filled.
  const places = packCards([1, 1, 2, 1, 1], [400, 100, 200, 350, 100], 2, 16);
  assert.deepEqual(levelCards([1, 1, 2, 1, 1], places, [400, 100, 200, 350, 100], 16), [400, 100, 200, 350, 284]);
});

test("packCards() never overlaps cards, nor do the cards levelCards() grows", () => {
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  for (let round = 0; round < 50; round++) {
    const tracks = [1, 2, 6][round % 3]!;
    const spans = Array.from({ length: 20 }, () => [1, 2, 3, 6][Math.floor(random() * 4)]!);
    const heights = spans.map(() => Math.round(50 + random() * 400));
    const places = packCards(spans, heights, tracks, 16);
    const levelled = levelCards(spans.map((span) => Math.min(span, tracks)), places, heights, 16);
    for (const [layout, shown] of [["packed", heights], ["levelled", levelled]] as const) {
      const boxes = places.map(({ track, top }, index) => ({ left: track, right: track + Math.min(spans[index]!, tracks), top, bottom: top + shown[index]! + 16 }));
      for (const box of boxes) assert.ok(box.left >= 0 && box.right <= tracks, "inside the grid");
      for (let a = 0; a < boxes.length; a++) {
        for (let b = a + 1; b < boxes.length; b++) {
          const [x, y] = [boxes[a]!, boxes[b]!];
          const overlap = x.left < y.right && y.left < x.right && x.top < y.bottom && y.top < x.bottom;
          assert.ok(!overlap, `${layout}: cards ${a} and ${b} overlap in round ${round}`);
        }
      }
    }
    assert.ok(levelled.every((height, index) => height >= heights[index]!), "levelling never shrinks a card");
  }
});

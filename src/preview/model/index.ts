/**
 * The preview's view model: what the page shows, resolved from a decoded
 * metrics file, independent of how it is drawn.
 * @module
 */

export * from "./preview_model.ts";
export type { PreviewSource, ResolvedFile } from "./preview_source.ts";
export { buildPreviewModel } from "./build_preview_model.ts";
export { compareDisplayOrder, type Orderable } from "./display_order.ts";
export { importanceBadge, isFailingStatus, metricTypeLabel, statusBadge, statusSeverityOrder } from "./badges.ts";
export { downsampleMinMax, maxDrawnPoints, type Points } from "./_downsample.ts";
export { barChartView } from "./bar_chart.ts";
export { batchwiseBarChartView } from "./batchwise_bar_chart.ts";
export { doubleOverTimeView } from "./double_over_time.ts";
export { doubleSummaryView } from "./double_summary.ts";
export { histogramView } from "./histogram.ts";
export { imageView } from "./image.ts";
export { imageListView } from "./image_list.ts";
export { linePlotView } from "./line_plot.ts";
export { plotlyView } from "./plotly.ts";
export { scalarView } from "./scalar.ts";
export { statesOverTimeView } from "./states_over_time.ts";
export { textView } from "./text.ts";

/**
 * The preview's HTML renderer: pure functions from the view model to the
 * page, one renderer per metric type.
 * @module
 */

export { renderErrorPage, renderPreviewPage, type PageOptions } from "./page.ts";
export { renderCard } from "./_card.ts";
export { evalPageHasCharts, renderEvalPage, type EvalPageOptions } from "./eval_page.ts";
export { evalStatusBadges, renderEvalCard, type EmbeddedMedia } from "./eval_card.ts";
export { Html, html, escapeHtml } from "./_html.ts";
export type { Figure } from "./_figure.ts";
export { renderMarkdown } from "./_markdown.ts";
export { renderBarChart, barChartFigure } from "./bar_chart.ts";
export { renderBatchwiseBarChart, batchwiseBarChartFigure } from "./batchwise_bar_chart.ts";
export { renderCannotDraw } from "./cannot_draw.ts";
export { renderDoubleOverTime, doubleOverTimeFigure } from "./double_over_time.ts";
export { renderDoubleSummary } from "./double_summary.ts";
export { renderHistogram, histogramFigure } from "./histogram.ts";
export { renderImage } from "./image.ts";
export { renderImageList } from "./image_list.ts";
export { renderLinePlot, linePlotFigure } from "./line_plot.ts";
export { renderPlotly, plotlyFigure } from "./plotly.ts";
export { renderScalar } from "./scalar.ts";
export { renderStatesOverTime, statesOverTimeFigure } from "./states_over_time.ts";
export { renderText } from "./text.ts";

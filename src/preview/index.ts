/**
 * Preview: a metrics file drawn as the ReSim app would show it, offline.
 * Three stages kept apart: data (`readPreviewSource`), view model
 * (`buildPreviewModel`), HTML (`renderPreviewPage`); joined by
 * `buildPreview`, written by `writePreview` and served by `servePreview`.
 * @module
 */

export { buildPreview, defaultPreviewPath, writePreview } from "./build_preview.ts";
export type { BuildPreviewOptions, Preview, WritePreviewOptions } from "./build_preview.ts";
export { imageMediaType, readPreviewSource } from "./read_preview_source.ts";
export { PreviewFileError } from "./preview_file_error.ts";
export type { FileDelivery, PreviewData } from "./read_preview_source.ts";
export { plotlyAssetName, plotlySource, PlotlyUnavailableError } from "./plotly_source.ts";
export { servePreview, type PreviewServer, type ServePreviewOptions } from "./serve_preview.ts";
export { buildPreviewModel, type PreviewModel, type Problem } from "./model/index.ts";
export { renderPreviewPage } from "./render/index.ts";

/**
 * Where a metrics build's output goes: the folder the ReSim platform collects
 * and the name of the file it reads the metrics from. The SDK, the runner,
 * mode detection and the preview all take these from here.
 * @module
 */

/** The outputs folder the ReSim platform collects; every other file in it is uploaded too. */
export const defaultOutputsDir = "/tmp/resim/outputs";

/** The file in the outputs folder that holds the serialized `JobMetrics`. */
export const metricsFileName = "metrics.binproto";

/** The file in the outputs folder that holds Metrics 2.0 emissions, one JSON line per data point. */
export const emissionsFileName = "emissions.resim.jsonl";

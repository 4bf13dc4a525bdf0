/**
 * Metrics 2.0 emissions: the {@link Emitter} and {@link emit} that write
 * `emissions.resim.jsonl` lines, checked against a config's topics with the
 * verdicts and wording of ReSim's Python SDK, the types generated topic
 * declarations fill in, and the per-topic checks `validate` reuses.
 * @module
 */

export { DEFAULT_EMISSIONS_PATH, Emitter, type EmitterOptions } from "./emitter.ts";
export { emit, type EmitOptions } from "./emit.ts";
export { ReSimValidationError, type ValidationContext } from "./validation_error.ts";
export type { EmissionTimestamp, EmissionTimestamps } from "./emission_line.ts";
export type { EmissionData } from "./schema_check.ts";
export type { DefaultEventTopics, DefaultTopics, EmissionEventTopics, EmissionTopics, SeriesData } from "./topics.ts";
export { EmissionsValidator, type EmissionProblem } from "./validate_lines.ts";
export { topicDeclarations } from "./topic_types.ts";

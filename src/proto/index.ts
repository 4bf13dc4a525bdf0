/**
 * The metrics protobuf schema as TypeScript: message types, enums, codecs
 * (binary and canonical JSON), type detection, and the schema's naming and
 * metric-type conventions. Everything else in the
 * project reaches the wire format through this module.
 * @module
 */

export * from "./gen/metrics_pb.ts";
export { DecodeError, type ReaderOptions } from "./wire/reader.ts";
export type { JsonObject, JsonValue } from "./wire/struct.ts";
export type { MessageType, Open, UnknownFields } from "./wire/message.ts";
export { decodeJobMetricsFile, decodeMetricsMessage, NotJobMetricsError, NotMetricsError, type MetricsMessage, type MetricsMessageType } from "./detect.ts";
export { metricTypeOfValues, type MetricValuesOneofCase } from "./metric_values.ts";
export { protoFieldName } from "./field_name.ts";

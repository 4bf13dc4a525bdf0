/**
 * The contract between generated message codecs and the rest of the code.
 * @module
 */

import type { Reader } from "./reader.ts";
import type { JsonObject } from "./struct.ts";

/**
 * An enum value as decoded: one of the known numbers, or any other number a
 * newer schema may have written (proto3 enums are open and values are kept).
 */
export type Open<E extends number> = E | (number & {});

/** Raw bytes of fields this schema does not know, kept so re-encoding loses nothing. */
export type UnknownFields = Uint8Array[];

/** Encoder, decoder and JSON printer of one message type. */
export interface MessageType<T extends object> {
  /** Fully qualified protobuf name, e.g. `resim.metrics.proto.JobMetrics`. */
  readonly typeName: string;
  /** A message with every field at its default, overridden by `init`. */
  create(init?: Partial<T>): T;
  /**
   * Decodes binary protobuf; throws {@link DecodeError} on malformed input.
   * Packed double series may be views into `bytes`: do not reuse the buffer.
   */
  decode(bytes: Uint8Array): T;
  /** Decodes from a reader's position to the end of its buffer (the reader counts unknown fields). */
  decodeFrom(reader: Reader): T;
  /** Encodes binary protobuf into an exactly-sized buffer. */
  encode(message: T): Uint8Array;
  /** The canonical proto3 JSON mapping (field names in lowerCamelCase). */
  toJson(message: T): JsonObject;
}

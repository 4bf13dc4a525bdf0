/**
 * Reading the metrics files commands are given (a path, or `-` for standard
 * input) and decoding them, with one-line errors that name the file and say
 * what is wrong. Reads are bounded by protobuf's 2 GiB message limit, and
 * only regular files and pipes are read, so a device cannot make a command
 * hang or exhaust memory.
 * @module
 */

import { closeSync, createReadStream, fstatSync, openSync, readSync, type Stats } from "node:fs";
import process from "node:process";
import {
  decodeJobMetricsFile,
  decodeMetricsMessage,
  DecodeError,
  NotJobMetricsError,
  NotMetricsError,
  type JobMetrics,
  type MetricsMessage,
  type MetricsMessageType,
  type ReaderOptions,
} from "../proto/index.ts";
import { readFailure } from "../files/index.ts";
import { CliError, ExitCode } from "./errors.ts";

/** Protobuf messages cannot exceed 2 GiB; larger inputs are refused before they are read. */
export const MAX_INPUT_BYTES = 2 ** 31 - 1;

/** The bytes of one input and how messages name it. */
export interface Input {
  /** `"path"` (quoted) or `standard input`. */
  readonly label: string;
  readonly bytes: Uint8Array;
}

/**
 * Reads `path` whole, or standard input for `-`, holding the bytes once: a
 * regular file (also when redirected to standard input) is read at its
 * known size, a pipe into one buffer that grows in place.
 *
 * @example
 * ```ts
 * const { label, bytes } = await readInput("-"); // label: "standard input"
 * ```
 */
export async function readInput(path: string): Promise<Input> {
  if (path === "-") {
    const label = "standard input";
    return { label, bytes: await readStandardInput(label) };
  }
  const label = JSON.stringify(path);
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch (error) {
    throw cannotRead(label, error);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new CliError(`Cannot read ${label}: it is a folder`, ExitCode.Usage);
    if (stat.isFIFO() || stat.isSocket()) return { label, bytes: await readStream(createReadStream("", { fd, autoClose: false }), label) };
    if (!stat.isFile()) throw new CliError(`Cannot read ${label}: it is not a regular file or a pipe`, ExitCode.Usage);
    if (stat.size > MAX_INPUT_BYTES) throw tooLarge(label);
    return { label, bytes: readWhole(fd, stat.size) };
  } catch (error) {
    throw error instanceof CliError ? error : cannotRead(label, error);
  } finally {
    closeSync(fd);
  }
}

/** Reads a regular file of `size` bytes into an unshared buffer (offset 0, so packed doubles can be viewed in place). */
function readWhole(fd: number, size: number): Uint8Array {
  const bytes = Buffer.allocUnsafeSlow(size);
  let offset = 0;
  while (offset < size) {
    const read = readSync(fd, bytes, offset, size - offset, null);
    if (read === 0) break;
    offset += read;
  }
  return offset === size ? bytes : bytes.subarray(0, offset);
}

async function readStandardInput(label: string): Promise<Uint8Array> {
  let stat: Stats;
  try {
    stat = fstatSync(0);
  } catch (error) {
    throw cannotRead(label, error);
  }
  if (!stat.isFile()) return readStream(process.stdin, label);
  if (stat.size > MAX_INPUT_BYTES) throw tooLarge(label);
  try {
    return readWhole(0, stat.size);
  } catch (error) {
    throw cannotRead(label, error);
  }
}

/**
 * Reads a stream of unknown length into one resizable buffer: it reserves
 * address space up to the limit and commits memory as it grows, so the
 * input is held once, with no list of chunks nor a joined copy beside it.
 */
async function readStream(stream: AsyncIterable<Buffer | string>, label: string): Promise<Uint8Array> {
  let total = 0;
  try {
    const buffer = new ArrayBuffer(0, { maxByteLength: MAX_INPUT_BYTES });
    for await (const chunk of stream) {
      const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
      if (bytes.length > MAX_INPUT_BYTES - total) throw tooLarge(label);
      buffer.resize(total + bytes.length);
      new Uint8Array(buffer, total, bytes.length).set(bytes);
      total += bytes.length;
    }
    return new Uint8Array(buffer, 0, total);
  } catch (error) {
    throw error instanceof CliError ? error : cannotRead(label, error);
  }
}

function cannotRead(label: string, error: unknown): CliError {
  return new CliError(`Cannot read ${label}: ${readFailure(error)}`, ExitCode.Usage, { cause: error });
}

function tooLarge(label: string): CliError {
  return new CliError(`Cannot read ${label}: it is larger than 2 GiB, the protobuf message limit`, ExitCode.Usage);
}

/**
 * Decodes an input as `type`, or as whichever metrics message it holds
 * (JobMetrics, else a single Metric or MetricsData). With
 * `options.lengthsOnly`, packed numeric series keep only their lengths.
 *
 * @throws {CliError} (exit code 2) when the bytes are not that message
 */
export function decodeInput(input: Input, type?: MetricsMessageType, options?: ReaderOptions): MetricsMessage {
  try {
    return decodeMetricsMessage(input.bytes, type, options);
  } catch (error) {
    throw cannotDecode(input, error, type);
  }
}

/**
 * Decodes an input that must be a JobMetrics (`metrics.binproto`), by the
 * rules of `decodeJobMetricsFile`. `options` as for {@link decodeInput}.
 *
 * @throws {CliError} (exit code 2) when the bytes are not a JobMetrics
 */
export function decodeJobMetrics(input: Input, options?: ReaderOptions): JobMetrics {
  try {
    return decodeJobMetricsFile(input.bytes, options);
  } catch (error) {
    if (error instanceof NotJobMetricsError) {
      throw new CliError(`Cannot read ${input.label} as a JobMetrics: it holds a single ${error.found}; inspect shows it`, ExitCode.Usage);
    }
    throw cannotDecode(input, error, "JobMetrics");
  }
}

function cannotDecode(input: Input, error: unknown, type?: MetricsMessageType): unknown {
  if (error instanceof DecodeError) {
    return new CliError(`Cannot decode ${input.label}${type === undefined ? "" : ` as ${type}`}: ${error.message}`, ExitCode.Usage, { cause: error });
  }
  if (error instanceof NotMetricsError) return new CliError(`Cannot decode ${input.label}: ${error.message}`, ExitCode.Usage, { cause: error });
  return error;
}

/**
 * Resolving a reference to external-file data into what the page shows: the
 * file, or why it cannot (reported as a warning, never a failure).
 * @module
 */

import type { MetricsDataId } from "../../proto/index.ts";
import { CannotDrawError } from "./_cannot_draw.ts";
import type { ViewContext } from "./_view_context.ts";
import type { FileRef } from "./preview_model.ts";

/** The file external-file data `ref` names; `field` is the referencing field, for messages. */
export function fileRefOf(ref: MetricsDataId | undefined, field: string, context: ViewContext): FileRef {
  const data = context.data.get(ref, field);
  if (data.data.case !== "externalFile") {
    throw new CannotDrawError(`data "${data.name}" (${field}) is not an external file`);
  }
  const path = data.data.value.path;
  const file = context.files.get(path) ?? { found: false, reason: "file not found" };
  if (!file.found) {
    context.problems.push({ severity: "warning", subject: context.subject, message: `${file.reason}: ${path}` });
    return { name: data.name, path, found: false, reason: file.reason };
  }
  return { name: data.name, path, found: true, src: file.src, bytes: file.bytes };
}

// Our proto/ files must stay wire- and JSON-identical to ReSim's schema.

import { test } from "node:test";
import assert from "node:assert/strict";
import protobuf from "protobufjs";
import { loadSchema } from "../../build/gen_proto.ts";
import { repoDir, upstreamReference } from "../_shared.ts";

const upstreamProto = upstreamReference("reference/upstream/metrics.proto");

function loadUpstream(metricsProto: string): protobuf.Root {
  const root = new protobuf.Root();
  root.resolvePath = (_origin, target) => {
    if (target.startsWith("google/protobuf/")) return target;
    if (target.endsWith("uuid.proto")) return metricsProto.replace(/metrics\.proto$/, "uuid.proto");
    return metricsProto;
  };
  root.loadSync("metrics.proto", { keepCase: true });
  root.resolveAll();
  return root;
}

/** Everything about a schema that affects the wire or JSON forms, as plain data. */
function describe(root: protobuf.Root): unknown {
  const out: Record<string, unknown> = {};
  const visit = (ns: protobuf.NamespaceBase): void => {
    for (const nested of ns.nestedArray) {
      if (nested.fullName.startsWith(".google.")) continue;
      if (nested instanceof protobuf.Type) {
        out[nested.fullName] = nested.fieldsArray
          .map((f) => ({
            name: f.name,
            json: f.jsonName,
            id: f.id,
            type: f.resolvedType ? f.resolvedType.fullName : f.type,
            repeated: f.repeated,
            map: f.map ? (f as unknown as protobuf.MapField).keyType : false,
            oneof: f.partOf?.name ?? null,
            optional: f.options?.["proto3_optional"] === true,
          }))
          .sort((a, b) => a.id - b.id);
      } else if (nested instanceof protobuf.Enum) {
        out[nested.fullName] = Object.fromEntries(Object.entries(nested.values));
      }
      if (nested instanceof protobuf.Namespace || nested instanceof protobuf.Type) visit(nested);
    }
  };
  visit(root);
  return out;
}

test("proto/ schema is descriptor-equal to ReSim's metrics.proto and uuid.proto", { skip: upstreamProto.skip }, () => {
  const ours = describe(loadSchema(`${repoDir}proto`));
  const theirs = describe(loadUpstream(upstreamProto.path!));
  assert.deepEqual(ours, theirs);
  // Guard against a vacuous comparison.
  assert.equal(Object.keys(ours as object).length, 39);
});

/**
 * The type declarations of the `resim-metrics` module as one file, for
 * editors with no node_modules: `resim-metrics types` prints it, `init`
 * writes it beside a new script, and the binary embeds it.
 *
 * Usage: node build/declarations.ts > resim-metrics.d.ts
 *
 * TypeScript emits a .d.ts per source file reachable from src/mod.ts; each
 * becomes an ambient module (`declare module "resim-metrics/internal/…"`)
 * whose relative imports name the others, and src/mod.ts becomes
 * `declare module "resim-metrics"`.
 * @module
 */

import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, posix } from "node:path";
import { fileURLToPath } from "node:url";

const repo = fileURLToPath(new URL("..", import.meta.url));
const moduleName = "resim-metrics";
const entry = "mod";

/** Emits the declarations of src/mod.ts and what it imports; returns path under src (no extension) → text. */
function emitDeclarations(): Map<string, string> {
  const work = mkdtempSync(join(tmpdir(), "resim-metrics-dts-"));
  try {
    const config = {
      extends: join(repo, "tsconfig.json"),
      compilerOptions: { noEmit: false, declaration: true, emitDeclarationOnly: true, outDir: join(work, "out"), rootDir: join(repo, "src"), typeRoots: [join(repo, "node_modules/@types")] },
      include: [],
      files: [join(repo, "src/mod.ts")],
    };
    writeFileSync(join(work, "tsconfig.json"), JSON.stringify(config));
    const tsc = spawnSync(join(repo, "node_modules/.bin/tsc"), ["-p", join(work, "tsconfig.json")], { encoding: "utf8" });
    if (tsc.status !== 0) throw new Error(`Cannot emit declarations: tsc failed\n${tsc.stdout}${tsc.stderr}`);
    const files = new Map<string, string>();
    const pending = [entry];
    while (pending.length > 0) {
      const path = pending.pop()!;
      if (files.has(path)) continue;
      const text = readFileSync(join(work, "out", `${path}.d.ts`), "utf8");
      files.set(path, text);
      for (const specifier of relativeSpecifiers(text)) pending.push(resolveSpecifier(path, specifier));
    }
    return files;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const specifierPattern = /(\bfrom\s+|\bimport\s*\()(["'])(\.{1,2}\/[^"']+)\2/g;

function relativeSpecifiers(text: string): string[] {
  return [...text.matchAll(specifierPattern)].map((match) => match[3]!);
}

/** `sdk/writer` + `./metric.ts` → `sdk/metric`. */
function resolveSpecifier(from: string, specifier: string): string {
  return posix.join(posix.dirname(from), specifier).replace(/\.(?:d\.)?[mc]?[tj]s$/, "");
}

function ambientName(path: string, entryName: string): string {
  return path === entry ? entryName : `${moduleName}/internal/${path}`;
}

/** One file's declarations as the body of its ambient module. */
function ambientModule(path: string, text: string, entryName: string): string {
  const name = (file: string) => ambientName(file, entryName);
  const body = text
    .replace(specifierPattern, (_match, keyword: string, quote: string, specifier: string) => `${keyword}${quote}${name(resolveSpecifier(path, specifier))}${quote}`)
    // Everything inside `declare module` is ambient already.
    .replace(/^(\s*(?:export\s+)?(?:default\s+)?)declare\s+/gm, "$1")
    .trimEnd();
  return `declare module "${name(path)}" {\n${body.replace(/^(?=.)/gm, "  ")}\n}\n`;
}

/**
 * The declarations of `resim-metrics` as one .d.ts text. `entryName` names
 * the module of src/mod.ts: `resim-metrics` itself for editors without
 * node_modules; the package names it `resim-metrics/internal/mod` and
 * re-exports it from a module of its own.
 */
export function bundleDeclarations(entryName: string = moduleName): string {
  const pkg = JSON.parse(readFileSync(join(repo, "package.json"), "utf8")) as { version: string };
  const files = emitDeclarations();
  const header = `// Type declarations of the "${moduleName}" module that metrics scripts import (resim-metrics ${pkg.version}).\n// Generated from its sources; regenerate with \`resim-metrics types > ${moduleName}.d.ts\`.\n\n`;
  const modules = [...files].sort(([a], [b]) => (a === entry ? -1 : b === entry ? 1 : a.localeCompare(b))).map(([path, text]) => ambientModule(path, text, entryName));
  return header + modules.join("\n");
}

if (import.meta.main) {
  process.stdout.write(bundleDeclarations());
}

/**
 * Running a user's metrics script: loading it, giving it a typed context,
 * and writing what it produced.
 * @module
 */

export { loadScript, type LoadedScript, type LoadScriptOptions, SCRIPT_EXTENSIONS, ScriptLoadError } from "./script_loader.ts";
export { type Position, SourcePositions } from "./source_positions.ts";
export { type CompiledScript, compileTypeScript } from "./typescript.ts";
export { OutputError, writeFileAtomic } from "./atomic_write.ts";
export { explainUserError, type UserError } from "./user_stack.ts";

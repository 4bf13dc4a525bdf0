/**
 * The contract between the program in `../main.ts` and each subcommand module.
 * @module
 */

import type { Command } from "@commander-js/extra-typings";

/** Registers one subcommand (its options, help and action) on the program. */
export type RegisterCommand = (program: Command) => void;

/**
 * Enums (ENUM-01…ENUM-09): zero, the "not set" value of every metrics enum,
 * is forbidden; any other number passes, including ones this schema does
 * not define (N-07), which are warned about.
 * @module
 */

import type { RuleId } from "../rule_ids.ts";
import type { Checker, Place } from "./checker.ts";

/**
 * Checks an enum field that must be set: an error for 0 (`advice` says what
 * to set), a warning for a number `names` does not know (`unknown` explains
 * what ReSim does with it).
 */
export function checkEnumSet(
  c: Checker,
  rule: RuleId,
  place: Place,
  value: number,
  names: Readonly<Record<number, string>>,
  advice: string,
  unknown = "ReSim accepts it but cannot display it",
): void {
  if (value === 0) c.error(rule, place, `is ${names[0]}: ${advice}`);
  else if (names[value] === undefined) c.warn(rule, place, `is ${value}, a value this schema does not define: ${unknown}`, "N-07");
}

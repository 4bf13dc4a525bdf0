/**
 * The problems list at the top of the page: validation errors and warnings
 * with their rule ids, and what the preview could not show.
 * @module
 */

import type { Problem } from "../model/index.ts";
import { countOf } from "../../text/index.ts";
import { html, type Html } from "./_html.ts";

function problemItem(problem: Problem): Html {
  return html`<li class="problem ${problem.severity}"><span class="severity">${problem.severity === "error" ? "Error" : "Warning"}</span>${problem.rule && html`<code class="rule">${problem.rule}</code>`}<span class="problem-text">${problem.subject && html`<strong class="subject">${problem.subject}</strong>`}<span class="message">${problem.message}</span></span></li>`;
}

/** The problems section: errors first, then warnings; a short all-clear when there are none. */
export function renderProblems(problems: readonly Problem[]): Html {
  if (problems.length === 0) return html`<section id="problems" class="problems clear"><p>No problems found: the file is valid and everything in it can be shown.</p></section>`;
  const errors = problems.filter((p) => p.severity === "error");
  const warnings = problems.filter((p) => p.severity !== "error");
  const summary = [errors.length > 0 && countOf(errors.length, "error"), warnings.length > 0 && countOf(warnings.length, "warning")].filter(Boolean).join(", ");
  return html`<section id="problems" class="problems${errors.length > 0 ? " has-errors" : ""}">
<h2>Problems <span class="count">${summary}</span></h2>
<ul>${[...errors, ...warnings].map(problemItem)}</ul>
</section>`;
}

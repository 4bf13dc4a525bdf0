/**
 * UUID-01 vectors observed with Python's `uuid.UUID(hex=…)` (CPython
 * 3.10–3.13): the syntax examples of the specification and its Appendix C.
 */

/** 32 hex digits, and its first 31, 30, 29 and 28. */
const H = "0123456789abcdef0123456789abcdef";
const H31 = H.slice(0, 31);
const H30 = H.slice(0, 30);
const H29 = H.slice(0, 29);
const H28 = H.slice(0, 28);
const canonical = "01234567-89ab-cdef-0123-456789abcdef";

/** Strings upstream accepts, with the UUID they denote. */
export const acceptedUuids: readonly (readonly [input: string, uuid: string])[] = [
  [H, canonical],
  [H.toUpperCase(), canonical],
  [canonical, canonical],
  [`{${canonical}}`, canonical],
  [`urn:uuid:${canonical}`, canonical],
  [`${H.slice(0, 10)}urn:${H.slice(10)}`, canonical],
  [`${H.slice(0, 5)}uuid:${H.slice(5)}`, canonical],
  [`uuid:urn:${H}`, canonical],
  [`urn:urn:${H}`, canonical],
  // Deleting "urn:" exposes "uuid:", which the second pass removes.
  [`uurn:uid:${H}`, canonical],
  [`{{{${H}}`, canonical],
  [`${H}}}}}`, canonical],
  [[...H].join("-"), canonical],
  [`--${H}`, canonical],
  [` ${H31}`, "00123456-789a-bcde-f012-3456789abcde"],
  [`${H31} `, "00123456-789a-bcde-f012-3456789abcde"],
  [`\t${H31}`, "00123456-789a-bcde-f012-3456789abcde"],
  [`\v${H31}`, "00123456-789a-bcde-f012-3456789abcde"],
  [`\f${H31}`, "00123456-789a-bcde-f012-3456789abcde"],
  [`\r${H31}`, "00123456-789a-bcde-f012-3456789abcde"],
  [`${H31}\n`, "00123456-789a-bcde-f012-3456789abcde"],
  [` ${H30} `, "00012345-6789-abcd-ef01-23456789abcd"],
  [`+${H31}`, "00123456-789a-bcde-f012-3456789abcde"],
  [`0x${H30}`, "00012345-6789-abcd-ef01-23456789abcd"],
  [`0X${H30}`, "00012345-6789-abcd-ef01-23456789abcd"],
  [`0x_${H29}`, "00001234-5678-9abc-def0-123456789abc"],
  [`+0x${H29}`, "00001234-5678-9abc-def0-123456789abc"],
  [` +${H30}`, "00012345-6789-abcd-ef01-23456789abcd"],
  [`0x0${H29}`, "00001234-5678-9abc-def0-123456789abc"],
  [`0b${H30}`, "0b012345-6789-abcd-ef01-23456789abcd"],
  [`${H31.slice(0, 15)}_${H31.slice(15)}`, "00123456-789a-bcde-f012-3456789abcde"],
  [`\u00a0${H31}`, "00123456-789a-bcde-f012-3456789abcde"],
  [`\u2003${H31}`, "00123456-789a-bcde-f012-3456789abcde"],
  [`\uff10${H31}`, "00123456-789a-bcde-f012-3456789abcde"],
  [`\u0661${H31}`, "10123456-789a-bcde-f012-3456789abcde"],
  [`\u{1D7CE}${H31}`, "00123456-789a-bcde-f012-3456789abcde"],
  [`\u{1D7D7}${H31}`, "90123456-789a-bcde-f012-3456789abcde"],
  ["0".repeat(32), "00000000-0000-0000-0000-000000000000"],
];

/** Strings upstream rejects. */
export const rejectedUuids: readonly string[] = [
  "",
  H31,
  `${H}0`,
  "-".repeat(40),
  `URN:${H}`,
  `${H.slice(0, 16)}{${H.slice(16)}`,
  `{-{${H}}-}`,
  `\u001c${H31}`,
  `\u001c\u0661${H30}`,
  `\u007f${H31}`,
  `\u0000${H31}`,
  " ".repeat(32),
  `${H30.slice(0, 10)}__${H30.slice(10)}`,
  `_${H31}`,
  `${H31}_`,
  `+_${H30}`,
  `+ ${H30}`,
  `0o${H30}`,
  `0x0x${H28}`,
  `0x${"_".repeat(30)}`,
  `\uff21${H31}`,
  `\u00b2${H31}`,
  `g${H31}`,
];

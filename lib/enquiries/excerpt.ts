// SPDX-License-Identifier: EUPL-1.2
/** The start of a message on one line, for mails and inbox rows. */
export function excerpt(text: string, length = 300): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= length ? flat : `${flat.slice(0, length - 1).trimEnd()}…`;
}

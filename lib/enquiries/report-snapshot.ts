// SPDX-License-Identifier: EUPL-1.2
/**
 * What an abuse report keeps of the reported company's messages: enough for the team to judge
 * the report after the thread, or the company, is gone. Oldest first, like the thread.
 */
export const REPORT_SNAPSHOT_MAX_CHARS = 20_000;

export interface SnapshotMessage {
  authorName: string;
  body: string;
  createdAt: Date;
}

export function reportedMessagesSnapshot(
  messages: readonly SnapshotMessage[],
  maxChars: number = REPORT_SNAPSHOT_MAX_CHARS,
): string {
  const text = [...messages]
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
    .map((m) => `[${m.createdAt.toISOString()}] ${m.authorName}:\n${m.body}`)
    .join("\n\n");
  // Cut by code points, so a Czech or German character is never split in half.
  const chars = Array.from(text);
  return chars.length <= maxChars ? text : `${chars.slice(0, maxChars - 1).join("")}…`;
}

const HEADER = /^(\[\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z\] )(.+):$/gm;

/**
 * The copy with these author names replaced in the message headers, for when an author deletes
 * the account. What they wrote stays: it is the reported company's correspondence and the
 * evidence the report is about.
 */
export function snapshotWithoutAuthors(snapshot: string, names: ReadonlySet<string>, placeholder: string): string {
  return snapshot.replace(HEADER, (line, stamp: string, name: string) => (names.has(name) ? `${stamp}${placeholder}:` : line));
}

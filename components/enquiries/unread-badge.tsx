// SPDX-License-Identifier: EUPL-1.2
/** The number of unread enquiry messages beside the inbox link; nothing when all are read. */
export function UnreadBadge({ count, label }: { count: number; label: string }) {
  if (count <= 0) return null;
  return (
    <>
      <span
        data-testid="unread-count"
        aria-hidden
        className="ml-1.5 inline-flex min-w-5 items-center justify-center rounded-full bg-red-600 px-1.5 text-xs font-semibold leading-5 text-white"
      >
        {count > 99 ? "99+" : count}
      </span>
      <span className="sr-only">({label})</span>
    </>
  );
}

// SPDX-License-Identifier: EUPL-1.2
/** Registration runs from `registrationOpensAt` (or publication) until `registrationClosesAt`, else until the start. */
export function registrationIsOpen(
  event: { status: string; startsAt: Date; registrationOpensAt: Date | null; registrationClosesAt: Date | null },
  now: Date = new Date(),
): boolean {
  const t = now.getTime();
  return (
    event.status === "PUBLISHED" &&
    t < (event.registrationClosesAt ?? event.startsAt).getTime() &&
    (!event.registrationOpensAt || t >= event.registrationOpensAt.getTime())
  );
}

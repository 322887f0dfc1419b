// SPDX-License-Identifier: EUPL-1.2
import "server-only";
import type { DbTx } from "../db/prisma";
import { generateCheckInCode } from "./check-in-code";

/**
 * The people a company sends: the person named on the registration first, then colleagues.
 * Written in the registration's own transaction, so a registration never exists without them.
 * Renewing a registration issues new codes: badges printed for a cancelled one stop working.
 */
export async function replaceAttendees(
  tx: DbTx,
  registration: { id: string; eventId: string },
  names: readonly string[],
): Promise<void> {
  await tx.eventAttendee.deleteMany({ where: { registrationId: registration.id } });
  const unique = [...new Set(names.map((n) => n.trim()).filter(Boolean))];
  await tx.eventAttendee.createMany({
    data: unique.map((name) => ({
      registrationId: registration.id,
      eventId: registration.eventId,
      name,
      checkInCode: generateCheckInCode(),
    })),
  });
}

// SPDX-License-Identifier: EUPL-1.2
import { randomBytes } from "node:crypto";
import { hashPassword } from "../../../lib/auth/password";
import type { MembershipRole } from "../../../lib/generated/prisma/enums";
import { testDb } from "./app-database";

/** Fixtures built straight in the database; the flows themselves are tested through the actions. */
export const TEST_PASSWORD = "correct horse battery staple";
let passwordHash: Promise<string> | null = null;

/**
 * 64 random bits: the authorization matrix alone creates about 6,000 users in one database, and
 * with 32 bits two of them shared an address in about one run of 250.
 */
export function uniqueEmail(prefix = "user"): string {
  return `${prefix}-${randomBytes(8).toString("hex")}@example.test`;
}

export async function createUser(options: { email?: string; name?: string; verified?: boolean; locale?: string } = {}) {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  return testDb.db.user.create({
    data: {
      email: options.email ?? uniqueEmail(),
      name: options.name ?? "Test User",
      passwordHash: await passwordHash,
      emailVerified: options.verified === false ? null : new Date(),
      locale: options.locale ?? "de",
    },
    select: { id: true, email: true, name: true },
  });
}

export async function createOrganization(
  members: { user: { id: string }; role: MembershipRole }[],
  options: { name?: string; kind?: "COMPANY" | "INSTITUTION" } = {},
) {
  const suffix = randomBytes(8).toString("hex");
  return testDb.db.organization.create({
    data: {
      name: options.name ?? `Testfirma ${suffix}`,
      slug: `testfirma-${suffix}`,
      country: "DE",
      kind: options.kind ?? "COMPANY",
      memberships: { create: members.map((m) => ({ userId: m.user.id, role: m.role })) },
    },
    select: { id: true, name: true, slug: true },
  });
}

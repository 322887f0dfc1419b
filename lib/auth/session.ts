// SPDX-License-Identifier: EUPL-1.2
import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { db } from "../db";
import type { MembershipRole } from "../generated/prisma/enums";
import { authOptions } from "./options";
import { currentTestCaller } from "./test-session";

export interface SessionUser {
  id: string;
  email: string;
  name: string | null;
  locale: string;
  isPlatformAdmin: boolean;
  memberships: { organizationId: string; role: MembershipRole }[];
}

/** Reads the user fresh from the database: a deleted account or a revoked token gives null. */
export async function loadSessionUser(userId: string): Promise<SessionUser | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      locale: true,
      isPlatformAdmin: true,
      emailVerified: true,
      memberships: { select: { organizationId: true, role: true }, orderBy: { createdAt: "asc" } },
    },
  });
  if (!user?.emailVerified) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    locale: user.locale,
    isPlatformAdmin: user.isPlatformAdmin,
    memberships: user.memberships,
  };
}

// One lookup per request, however many components and actions ask.
const userOfRequest = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  return id ? loadSessionUser(id) : null;
});

/** The signed-in user of the current request, or null. */
export async function getSessionUser(): Promise<SessionUser | null> {
  const testCaller = currentTestCaller();
  if (testCaller) return testCaller.userId ? loadSessionUser(testCaller.userId) : null;
  return userOfRequest();
}

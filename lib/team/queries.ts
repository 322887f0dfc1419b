// SPDX-License-Identifier: EUPL-1.2
import "server-only";
import { db } from "../db";
import { hashToken } from "../auth/tokens";

/** The organizations a user belongs to, with the user's role, oldest membership first. */
export async function organizationsOf(userId: string) {
  const memberships = await db.membership.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: {
      role: true,
      organization: { select: { id: true, name: true, slug: true, kind: true, status: true } },
    },
  });
  return memberships.map((m) => ({ ...m.organization, role: m.role }));
}

export async function teamOf(organizationId: string) {
  const [members, invitations] = await Promise.all([
    db.membership.findMany({
      where: { organizationId },
      orderBy: [{ role: "asc" }, { createdAt: "asc" }],
      select: { role: true, user: { select: { id: true, name: true, email: true } } },
    }),
    db.invitation.findMany({
      where: { organizationId },
      orderBy: { createdAt: "desc" },
      select: { id: true, email: true, role: true, expiresAt: true },
    }),
  ]);
  const now = Date.now();
  return { members, invitations: invitations.map((i) => ({ ...i, expired: i.expiresAt.getTime() <= now })) };
}

/** What the invitation page shows; null for unknown or expired links. */
export async function invitationByToken(token: string) {
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      email: true,
      role: true,
      expiresAt: true,
      organization: { select: { id: true, name: true, kind: true } },
      invitedBy: { select: { name: true, email: true } },
    },
  });
  if (!invitation || invitation.expiresAt.getTime() <= Date.now()) return null;
  return invitation;
}

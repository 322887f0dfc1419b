// SPDX-License-Identifier: EUPL-1.2
import { expiresIn, hashToken, newToken } from "../auth/tokens";
import type { Db, DbTx } from "../db/prisma";
import type { Locale } from "../i18n/routing";
import { CLAIM_LINK_LIFETIME_MS } from "./constants";

/**
 * Claim links: mailed to a company's contact address, by an institution's staff (an invitation)
 * or with an enquiry to an unmanaged company (the link then also opens the thread). Only the
 * SHA-256 hash of the token is stored. A link is used once, expires, and works only for the
 * account registered with the address it was sent to, so a forwarded mail hands out nothing.
 */

/**
 * A new link for the company. An institution's earlier open invitation to the same company is
 * replaced (its link stops working), so staff can send again when a mail got lost.
 */
export async function issueClaimLink(
  tx: DbTx,
  p: {
    companyId: string;
    email: string;
    locale: Locale;
    sentById: string | null;
    institutionId?: string | null;
    enquiryId?: string | null;
    now?: Date;
  },
): Promise<{ id: string; token: string }> {
  const { token, tokenHash } = newToken();
  if (p.institutionId) {
    await tx.claimInvitation.deleteMany({
      where: { companyId: p.companyId, institutionId: p.institutionId, usedAt: null },
    });
  }
  const now = p.now ?? new Date();
  const row = await tx.claimInvitation.create({
    data: {
      companyId: p.companyId,
      institutionId: p.institutionId ?? null,
      enquiryId: p.enquiryId ?? null,
      email: p.email,
      locale: p.locale,
      tokenHash,
      sentById: p.sentById,
      sentAt: now,
      expiresAt: expiresIn(CLAIM_LINK_LIFETIME_MS, now.getTime()),
    },
    select: { id: true },
  });
  return { id: row.id, token };
}

/** What a link is for, for its page; null when unknown, used or expired. */
export async function claimLinkByToken(db: Db | DbTx, token: string) {
  if (!token || token.length > 200) return null;
  const link = await db.claimInvitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      email: true,
      companyId: true,
      enquiryId: true,
      usedAt: true,
      expiresAt: true,
      company: { select: { id: true, name: true, slug: true, city: true, status: true } },
      institution: { select: { name: true } },
    },
  });
  if (!link || link.usedAt || link.expiresAt.getTime() <= Date.now()) return null;
  return link;
}

/**
 * Uses a link up in one statement: of any number of requests with the same link at the same
 * moment, only the one whose update took the row gets it. Null when unknown, used or expired.
 */
export async function consumeClaimLink(
  tx: DbTx,
  token: string,
  userId: string,
): Promise<{ id: string; companyId: string; enquiryId: string | null; email: string } | null> {
  const rows = await tx.$queryRaw<{ id: string; companyId: string; enquiryId: string | null; email: string }[]>`
    UPDATE "ClaimInvitation" SET "usedAt" = now(), "usedById" = ${userId}
    WHERE "tokenHash" = ${hashToken(token)} AND "usedAt" IS NULL AND "expiresAt" > now()
    RETURNING id, "companyId", "enquiryId", email`;
  return rows[0] ?? null;
}

/** Addresses compare without case: mail systems treat them alike, and imports vary. */
export function sameAddress(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

// SPDX-License-Identifier: EUPL-1.2
import type { Db } from "../db/prisma";
import type { InstitutionType } from "../generated/prisma/enums";
import { baseSlug, uniqueSlug } from "../companies/slug";
import { recordAudit } from "../audit/log";

export class GrantOrganizerError extends Error {}

export interface GrantOrganizerResult {
  organization: { id: string; name: string; slug: string; created: boolean };
  user: { id: string; email: string };
  /** "granted": new INSTITUTION_ADMIN membership; "changed": another role became INSTITUTION_ADMIN; "unchanged": nothing to do. */
  membership: "granted" | "changed" | "unchanged";
}

/**
 * Makes a user organizer staff of a chamber or agency, creating the organizer organization when
 * no organization has that slug or name. Only platform administrators run this (from the
 * command line): organizers publish events in the portal's name, so nobody can self-appoint.
 */
export async function grantOrganizerRole(
  db: Db,
  input: {
    email: string;
    organization: string;
    country?: string;
    /** Set on an institution created here. */
    institutionType?: InstitutionType;
    /** Default INSTITUTION_ADMIN, as organizers were; staff cannot manage the team. */
    role?: "INSTITUTION_ADMIN" | "INSTITUTION_STAFF";
  },
): Promise<GrantOrganizerResult> {
  const role = input.role ?? "INSTITUTION_ADMIN";
  const email = input.email.trim().toLowerCase();
  const wanted = input.organization.trim();
  if (!email || !wanted) throw new GrantOrganizerError("an e-mail address and an organization name or slug are required");

  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email }, select: { id: true, email: true } });
    if (!user) {
      throw new GrantOrganizerError(`no user with the e-mail address ${email}; they have to sign up first`);
    }
    const matches = await tx.organization.findMany({
      where: { OR: [{ slug: wanted.toLowerCase() }, { name: { equals: wanted, mode: "insensitive" } }] },
      select: { id: true, name: true, slug: true, kind: true },
      take: 3,
    });
    const exact = matches.find((o) => o.slug === wanted.toLowerCase()) ?? (matches.length === 1 ? matches[0] : undefined);
    if (!exact && matches.length > 1) {
      throw new GrantOrganizerError(
        `"${wanted}" names several organizations (${matches.map((o) => o.slug).join(", ")}); use the slug`,
      );
    }
    if (exact?.kind === "COMPANY") {
      throw new GrantOrganizerError(
        `${exact.name} (${exact.slug}) is a company profile, not an organizer; use a chamber's or agency's name`,
      );
    }

    let organization: GrantOrganizerResult["organization"];
    if (exact) {
      organization = { id: exact.id, name: exact.name, slug: exact.slug, created: false };
    } else {
      const base = baseSlug(wanted);
      const taken = new Set(
        (await tx.organization.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((o) => o.slug),
      );
      const created = await tx.organization.create({
        data: {
          kind: "INSTITUTION",
          institutionType: input.institutionType ?? null,
          name: wanted,
          slug: uniqueSlug(base, (s) => taken.has(s)),
          country: (input.country ?? "DE").toUpperCase(),
          status: "PUBLISHED",
          publishedAt: new Date(),
        },
        select: { id: true, name: true, slug: true },
      });
      organization = { ...created, created: true };
    }

    const existing = await tx.membership.findUnique({
      where: { userId_organizationId: { userId: user.id, organizationId: organization.id } },
      select: { id: true, role: true },
    });
    let membership: GrantOrganizerResult["membership"];
    // Owners of an organizer already hold every organizer right; demoting them would remove rights.
    // Never a demotion from the command line: an admin asked to be staff stays admin.
    if (existing && (existing.role === role || existing.role === "INSTITUTION_ADMIN" || existing.role === "OWNER")) {
      membership = "unchanged";
    } else if (existing) {
      await tx.membership.update({ where: { id: existing.id }, data: { role } });
      membership = "changed";
    } else {
      await tx.membership.create({ data: { userId: user.id, organizationId: organization.id, role } });
      membership = "granted";
    }
    if (membership !== "unchanged" || organization.created) {
      await recordAudit(tx, {
        // Run from the command line, where no account is signed in.
        actorUserId: null,
        action: "organizer.grant",
        entityType: "Organization",
        entityId: organization.id,
        metadata: { userId: user.id, organizationCreated: organization.created },
      });
    }
    return { organization, user, membership };
  });
}

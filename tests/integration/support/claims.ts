// SPDX-License-Identifier: EUPL-1.2
import { randomBytes } from "node:crypto";
import { issueClaimLink } from "../../../lib/claims/links";
import { testDb } from "./app-database";

/** An imported profile nobody manages: published, no members, optionally listed by an institution. */
export async function createUnmanagedCompany(
  options: {
    name?: string;
    country?: string;
    website?: string | null;
    listedBy?: { institutionId: string; contactEmail?: string | null };
  } = {},
) {
  const suffix = randomBytes(4).toString("hex");
  const company = await testDb.db.organization.create({
    data: {
      name: options.name ?? `Importfirma ${suffix}`,
      slug: `importfirma-${suffix}`,
      country: options.country ?? "CZ",
      kind: "COMPANY",
      status: "PUBLISHED",
      publishedAt: new Date(),
      website: options.website ?? null,
    },
    select: { id: true, name: true, slug: true },
  });
  if (options.listedBy) {
    await testDb.db.institutionMember.create({
      data: {
        institutionId: options.listedBy.institutionId,
        companyId: company.id,
        contactEmail: options.listedBy.contactEmail ?? null,
      },
    });
  }
  return company;
}

/** A claim link for the company, as an institution's invitation would make it. */
export async function createClaimLink(p: {
  companyId: string;
  email: string;
  institutionId?: string | null;
  enquiryId?: string | null;
}): Promise<{ id: string; token: string }> {
  return testDb.db.$transaction((tx) =>
    issueClaimLink(tx, { ...p, locale: "cs", sentById: null }),
  );
}

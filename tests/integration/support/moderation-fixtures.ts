// SPDX-License-Identifier: EUPL-1.2
import { randomBytes } from "node:crypto";
import { reportedMessagesSnapshot } from "../../../lib/enquiries/report-snapshot";
import { enqueueSearchUpdates } from "../../../lib/search/outbox";
import { createOrganization, createUser } from "./accounts";
import { testDb } from "./app-database";

/**
 * A reported company with a findable listing, the company that reported it, a platform admin,
 * an institution that lists the reported company (an admin and a staff member) and another
 * institution that does not. Built straight in the database; the steps are taken through the
 * actions under test.
 */
export async function moderationScenario() {
  const suffix = randomBytes(3).toString("hex");
  const [admin, reporterOwner, owner, editor, institutionAdmin, institutionStaff, otherStaff] = await Promise.all([
    createUser({ name: "Ada Admin", locale: "de" }),
    createUser({ name: "Rita Reporter", locale: "de" }),
    createUser({ name: "Jana Nováková", locale: "cs" }),
    createUser({ name: "Emma Green", locale: "en" }),
    createUser({ name: "Ilse Kammer", locale: "de" }),
    createUser({ name: "Stefan Kammer", locale: "de" }),
    createUser({ name: "Olga Fremdkammer", locale: "de" }),
  ]);
  await testDb.db.user.update({ where: { id: admin.id }, data: { isPlatformAdmin: true } });
  const reporter = await createOrganization([{ user: reporterOwner, role: "OWNER" }], {
    name: `Baumann Maschinenbau ${suffix}`,
  });
  const reported = await createOrganization(
    [
      { user: owner, role: "OWNER" },
      { user: editor, role: "EDITOR" },
    ],
    { name: `Spamtech ${suffix} s.r.o.` },
  );
  await testDb.db.organization.update({
    where: { id: reported.id },
    data: {
      status: "PUBLISHED",
      publishedAt: new Date(),
      city: "Liberec",
      country: "CZ",
      descriptionDe: "Lohnfertigung und Baugruppen.",
      industries: { create: [{ industryCode: "25.62" }] },
    },
  });
  // A word nobody else in the test database writes, so a search for it finds this listing only.
  const word = `Quarzglasschleiferei${suffix}`;
  const listing = await testDb.db.listing.create({
    data: {
      organizationId: reported.id,
      kind: "OFFER",
      category: "SERVICE",
      titleDe: `${word} zu Sonderpreisen`,
      descriptionDe: "Nur heute, überweisen Sie vorab.",
      status: "PUBLISHED",
      publishedAt: new Date(),
    },
    select: { id: true },
  });
  await enqueueSearchUpdates(testDb.db as never, "COMPANY", [reported.id]);

  const institution = await createOrganization(
    [
      { user: institutionAdmin, role: "INSTITUTION_ADMIN" },
      { user: institutionStaff, role: "INSTITUTION_STAFF" },
    ],
    { name: `IHK Test ${suffix}`, kind: "INSTITUTION" },
  );
  const otherInstitution = await createOrganization([{ user: otherStaff, role: "INSTITUTION_STAFF" }], {
    name: `HK Fremd ${suffix}`,
    kind: "INSTITUTION",
  });
  await testDb.db.institutionMember.create({ data: { institutionId: institution.id, companyId: reported.id } });

  const report = await fileReport(reporter.id, reporterOwner.id, reported);
  return {
    users: { admin, reporterOwner, owner, editor, institutionAdmin, institutionStaff, otherStaff },
    reporter,
    reported,
    listingId: listing.id,
    word,
    institution,
    otherInstitution,
    reportId: report.id,
  };
}

/** An abuse report with its copy of the reported messages, as the report action keeps it. */
export async function fileReport(
  reporterOrganizationId: string,
  reporterUserId: string,
  reported: { id: string; name: string },
  reason = "Vorkasse-Betrug: verlangt Überweisung vor jeder Lieferung.",
) {
  return testDb.db.abuseReport.create({
    data: {
      reporterOrganizationId,
      reporterUserId,
      reportedOrganizationId: reported.id,
      reason,
      subject: "Angebot Drehteile",
      reportedOrganizationName: reported.name,
      reportedMessages: reportedMessagesSnapshot([
        { authorName: "Petr Spam", body: "Zahlen Sie bitte 5.000 EUR vorab auf unser Konto.", createdAt: new Date() },
      ]),
    },
    select: { id: true },
  });
}

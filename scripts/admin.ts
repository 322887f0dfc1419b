// SPDX-License-Identifier: EUPL-1.2
/**
 * Platform administration from the command line.
 *
 *   npm run admin -- grant-institution <email> <institution name or slug> [--country CZ] [--type CHAMBER] [--staff]
 *   npm run admin -- grant-organizer <email> <organization name or slug> [--country CZ]
 *   npm run admin -- grant-admin <email>
 *   npm run admin -- reports [--days 7]
 *
 * grant-institution makes a registered user admin (or with --staff, staff) of an institution,
 * creating it (published, in --country, default DE, of --type CHAMBER, AGENCY, ASSOCIATION or
 * RESEARCH) when none has that slug or name. Platform admins do the same in the browser under
 * /admin/institutions. grant-organizer is the older name and makes an institution admin.
 * grant-admin makes a registered user a platform admin: they receive abuse reports by mail.
 * reports prints the abuse reports of the last days, with the copy of the reported messages,
 * and how often the enquiry spam limits turned companies away.
 */
import { parseArgs } from "node:util";
import { moderationDigest } from "../lib/admin/reports";
import { recordAudit } from "../lib/audit/log";
import { createPrismaClient } from "../lib/db/prisma";
import { grantOrganizerRole, GrantOrganizerError } from "../lib/events/organizers";
import { requireDatabaseUrl } from "./lib/env";

const USAGE = [
  "usage: npm run admin -- grant-institution <email> <institution name or slug> [--country CZ] [--type CHAMBER|AGENCY|ASSOCIATION|RESEARCH] [--staff]",
  "       npm run admin -- grant-organizer <email> <organization name or slug> [--country CZ]",
  "       npm run admin -- grant-admin <email>",
  "       npm run admin -- reports [--days 7]",
].join("\n");

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { country: { type: "string" }, days: { type: "string" }, type: { type: "string" }, staff: { type: "boolean" } },
});
const [command, ...args] = positionals;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const granting = command === "grant-organizer" || command === "grant-institution";
const valid =
  (granting && args.length >= 2) || (command === "grant-admin" && args.length === 1) || (command === "reports" && !args.length);
if (!valid) {
  const known = ["grant-institution", "grant-organizer", "grant-admin", "reports"];
  fail(command && !known.includes(command) ? `Error: unknown command "${command}"\n${USAGE}` : USAGE);
}
if (values.country !== undefined && !/^[A-Za-z]{2}$/.test(values.country)) {
  fail("Error: --country expects a two-letter country code such as DE or CZ");
}
const INSTITUTION_TYPES = ["CHAMBER", "AGENCY", "ASSOCIATION", "RESEARCH"] as const;
const institutionType = values.type?.toUpperCase() as (typeof INSTITUTION_TYPES)[number] | undefined;
if (institutionType !== undefined && !INSTITUTION_TYPES.includes(institutionType)) {
  fail(`Error: --type expects one of ${INSTITUTION_TYPES.join(", ")}`);
}
const days = values.days === undefined ? 7 : Number(values.days);
if (!Number.isInteger(days) || days < 1 || days > 3650) fail("Error: --days expects a whole number of days between 1 and 3650");

const db = createPrismaClient(requireDatabaseUrl(), 1);
try {
  if (command === "grant-organizer") await grantOrganizer(args[0], args.slice(1).join(" "));
  else if (command === "grant-institution") await grantInstitution(args[0], args.slice(1).join(" "));
  else if (command === "grant-admin") await grantAdmin(args[0]);
  else await printReports(days);
} catch (e) {
  if (e instanceof GrantOrganizerError) {
    console.error(`Error: ${e.message}`);
    process.exitCode = 1;
  } else {
    throw e;
  }
} finally {
  await db.$disconnect();
}

async function grantOrganizer(email: string, organization: string) {
  const result = await grantOrganizerRole(db, { email, organization, country: values.country });
  const org = `${result.organization.name} (${result.organization.slug})`;
  if (result.organization.created) console.log(`Created organizer organization ${org}.`);
  const verdict = {
    granted: `${result.user.email} is now an organizer of ${org}.`,
    changed: `${result.user.email} is now an organizer of ${org} (role changed).`,
    unchanged: `${result.user.email} already manages events of ${org}; nothing changed.`,
  };
  console.log(verdict[result.membership]);
}

async function grantInstitution(email: string, organization: string) {
  const role = values.staff ? "INSTITUTION_STAFF" : "INSTITUTION_ADMIN";
  const result = await grantOrganizerRole(db, { email, organization, country: values.country, institutionType, role });
  const org = `${result.organization.name} (${result.organization.slug})`;
  const as = role === "INSTITUTION_STAFF" ? "staff" : "an admin";
  if (result.organization.created) console.log(`Created institution ${org}.`);
  const verdict = {
    granted: `${result.user.email} is now ${as} of ${org}.`,
    changed: `${result.user.email} is now ${as} of ${org} (role changed).`,
    unchanged: `${result.user.email} already works for ${org}; nothing changed.`,
  };
  console.log(verdict[result.membership]);
}

async function grantAdmin(email: string) {
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() } });
  if (!user) {
    console.error(`Error: no user with the e-mail address ${email}; they have to sign up first`);
    process.exitCode = 1;
    return;
  }
  if (user.isPlatformAdmin) {
    console.log(`${user.email} is already a platform admin; nothing changed.`);
    return;
  }
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { isPlatformAdmin: true } });
    // Run from the command line, where no account is signed in.
    await recordAudit(tx, { actorUserId: null, action: "user.grant-admin", entityType: "User", entityId: user.id });
  });
  console.log(`${user.email} is now a platform admin and will receive abuse reports by mail.`);
}

async function printReports(days: number) {
  const digest = await moderationDigest(db, { days });
  const since = digest.since.toISOString().slice(0, 16).replace("T", " ");
  console.log(`Abuse reports since ${since} UTC: ${digest.reports.length}`);
  for (const r of digest.reports) {
    console.log(`\n[${r.createdAt.toISOString().slice(0, 16).replace("T", " ")}] ${r.id}`);
    console.log(`  ${r.reporter} reported ${r.reported}${r.reportedSlug ? ` (/companies/${r.reportedSlug})` : ""}`);
    if (r.subject) console.log(`  Subject: ${r.subject}`);
    console.log(`  Reason: ${r.reason}`);
    if (r.messages) console.log(`  Their messages:\n${r.messages.replace(/^/gm, "    | ")}`);
  }
  console.log(`\nEnquiries refused by the spam limits since ${since} UTC: ${digest.rejections.reduce((n, r) => n + r.count, 0)}`);
  for (const r of digest.rejections) console.log(`  ${r.count} × ${r.reason}: ${r.organization}`);
}

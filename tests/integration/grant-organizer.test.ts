// SPDX-License-Identifier: EUPL-1.2
import { testDb } from "./support/app-database";
import { spawnSync } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import { grantOrganizerRole } from "@/lib/events/organizers";
import { createOrganization, createUser } from "./support/accounts";

afterAll(() => testDb.drop());

function admin(...args: string[]) {
  const result = spawnSync("npx", ["tsx", "scripts/admin.ts", ...args], {
    env: { ...process.env, DATABASE_URL: testDb.url },
    encoding: "utf8",
    timeout: 60_000,
  });
  const clean = (s: string) => s.split("\n").filter((l) => l.trim() && !l.includes("npm warn")).join("\n");
  return { code: result.status, stdout: clean(result.stdout), stderr: clean(result.stderr) };
}

describe("npm run admin -- grant-organizer", () => {
  it("creates the organizer organization when missing and adds the user as organizer", async () => {
    const user = await createUser({ email: "kammer.staff@example.test" });
    const run = admin("grant-organizer", "Kammer.Staff@example.test", "Handwerkskammer Chemnitz", "--country", "de");
    expect(run, run.stderr).toMatchObject({ code: 0 });
    expect(run.stdout).toContain("Created organizer organization Handwerkskammer Chemnitz (handwerkskammer-chemnitz).");
    const org = await testDb.db.organization.findUniqueOrThrow({ where: { slug: "handwerkskammer-chemnitz" } });
    expect(org).toMatchObject({ kind: "INSTITUTION", status: "PUBLISHED", country: "DE" });
    const membership = await testDb.db.membership.findUniqueOrThrow({
      where: { userId_organizationId: { userId: user.id, organizationId: org.id } },
    });
    expect(membership.role).toBe("INSTITUTION_ADMIN");

    // Again by slug: nothing changes and it says so.
    const again = admin("grant-organizer", "kammer.staff@example.test", "handwerkskammer-chemnitz");
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("already manages events of Handwerkskammer Chemnitz");
  });

  it("names an unknown e-mail address clearly and exits with an error", () => {
    const run = admin("grant-organizer", "nobody@example.test", "IHK Dresden");
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("Error: no user with the e-mail address nobody@example.test; they have to sign up first");
  });

  it("prints the usage for a missing argument", () => {
    const run = admin("grant-organizer", "someone@example.test");
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^usage: npm run admin -- /);
    expect(run.stderr).toContain("npm run admin -- grant-organizer <email> <organization name or slug>");
  });

  it("refuses to turn a company into an organizer", async () => {
    const owner = await createUser();
    const company = await createOrganization([{ user: owner, role: "OWNER" }], { name: "Firma Ohne Kammer" });
    await expect(grantOrganizerRole(testDb.db, { email: owner.email, organization: company.slug })).rejects.toThrow(
      /is a company profile, not an organizer/,
    );
  });
});

describe("npm run admin -- grant-admin", () => {
  it("makes a registered user a platform admin, once, and names unknown addresses", async () => {
    const user = await createUser({ email: "moderation@example.test" });
    const run = admin("grant-admin", "Moderation@example.test");
    expect(run, run.stderr).toMatchObject({ code: 0 });
    expect(run.stdout).toBe("moderation@example.test is now a platform admin and will receive abuse reports by mail.");
    expect((await testDb.db.user.findUniqueOrThrow({ where: { id: user.id } })).isPlatformAdmin).toBe(true);
    expect(admin("grant-admin", "moderation@example.test").stdout).toContain("already a platform admin; nothing changed");

    const unknown = admin("grant-admin", "ghost@example.test");
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toBe("Error: no user with the e-mail address ghost@example.test; they have to sign up first");
  });
});

describe("npm run admin -- reports", () => {
  it("lists recent abuse reports with the kept copy of the messages, and the refusals by the spam limits", async () => {
    const owner = await createUser();
    const reporter = await createOrganization([{ user: owner, role: "OWNER" }], { name: "Melde GmbH" });
    const spammer = await createOrganization([], { name: "Spam Vertrieb s.r.o." });
    await testDb.db.abuseReport.create({
      data: {
        reporterOrganizationId: reporter.id,
        reporterUserId: owner.id,
        reportedOrganizationId: spammer.id,
        reportedOrganizationName: "Spam Vertrieb s.r.o.",
        reason: "Werbung für Kredite statt einer Anfrage",
        subject: "Günstige Kredite",
        reportedMessages: "Kaufen Sie jetzt!\nNur heute.",
      },
    });
    await testDb.db.enquiryRejection.createMany({
      data: [1, 2, 3].map(() => ({ organizationId: spammer.id, reason: "DAILY_LIMIT" as const, recipients: 10 })),
    });

    const run = admin("reports", "--days", "2");
    expect(run, run.stderr).toMatchObject({ code: 0 });
    expect(run.stdout).toContain("Melde GmbH reported Spam Vertrieb s.r.o.");
    expect(run.stdout).toContain("Reason: Werbung für Kredite statt einer Anfrage");
    expect(run.stdout).toContain("    | Kaufen Sie jetzt!\n    | Nur heute.");
    expect(run.stdout).toContain("3 × DAILY_LIMIT: Spam Vertrieb s.r.o.");

    const bad = admin("reports", "--days", "zero");
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe("Error: --days expects a whole number of days between 1 and 3650");
  });
});


describe("npm run admin -- grant-institution", () => {
  it("creates an institution of the given type and adds the user as staff", async () => {
    const user = await createUser({ email: "kraj.staff@example.test" });
    const run = admin("grant-institution", "kraj.staff@example.test", "Hospodářská komora Liberec", "--country", "CZ", "--type", "chamber", "--staff");
    expect(run, run.stderr).toMatchObject({ code: 0 });
    expect(run.stdout).toContain("Created institution Hospodářská komora Liberec");
    expect(run.stdout).toContain("kraj.staff@example.test is now staff of");
    const org = await testDb.db.organization.findFirstOrThrow({ where: { name: "Hospodářská komora Liberec" } });
    expect(org).toMatchObject({ kind: "INSTITUTION", institutionType: "CHAMBER", country: "CZ" });
    const membership = await testDb.db.membership.findUniqueOrThrow({
      where: { userId_organizationId: { userId: user.id, organizationId: org.id } },
    });
    expect(membership.role).toBe("INSTITUTION_STAFF");
  });

  it("refuses an unknown institution type", () => {
    const run = admin("grant-institution", "x@example.test", "Irgendwas", "--type", "club");
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("--type expects one of CHAMBER, AGENCY, ASSOCIATION, RESEARCH");
  });
});

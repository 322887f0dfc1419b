// SPDX-License-Identifier: EUPL-1.2
import { testDb } from "./support/app-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomBytes } from "node:crypto";
import { withTestSession } from "@/lib/auth/test-session";
import { GET as institutionCsv } from "@/app/api/organizer/statistics/[figure]/route";
import { GET as platformCsv } from "@/app/api/admin/statistics/[figure]/route";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MeetingOutcome } from "@/lib/generated/prisma/enums";
import { dashboardFigures } from "@/lib/dashboards/queries";
import { periodOf, monthKey, type DashboardPeriod } from "@/lib/dashboards/period";
import type { DashboardScope } from "@/lib/dashboards/scope";
import type { CompanyBreakdownRow } from "@/lib/dashboards/figures";
import { MEETING_OUTCOMES } from "@/lib/matchmaking/schema";
import { createUser } from "./support/accounts";
import { createOrganizer } from "./support/events";

/**
 * The dashboards' aggregate SQL against a direct count of the same rows through the ORM, cell
 * by cell, over a varied portal: companies in both countries and several regions, claimed
 * before or after the period's end, verifications given and revoked, listings, events,
 * enquiries both ways and meeting feedback spread over eighteen months.
 */
afterAll(() => testDb.drop());
const db = testDb.db;

// A fixed sequence, so a failure can be reproduced.
let seed = 20261206;
function random(): number {
  seed = (seed * 1664525 + 1013904223) % 2 ** 32;
  return seed / 2 ** 32;
}
const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)];

const NOW = new Date();
const monthStart = (monthsAgo: number) => new Date(Date.UTC(NOW.getUTCFullYear(), NOW.getUTCMonth() - monthsAgo, 1));
/** A moment somewhere in the month `monthsAgo` months back, up to 18 months. */
const someTimeIn = (monthsAgo: number) => new Date(monthStart(monthsAgo).getTime() + Math.floor(random() * 27 * 86_400_000) + 3_600_000);
const someTime = () => someTimeIn(Math.floor(random() * 18) + 1);

const PLACES = [
  { country: "DE", regionId: "de-sn-goerlitz" },
  { country: "DE", regionId: "de-sn-bautzen" },
  { country: "DE", regionId: null },
  { country: "CZ", regionId: "cz-liberecky" },
  { country: "CZ", regionId: "cz-ustecky" },
  { country: "PL", regionId: null },
] as const;
const INDUSTRIES = [["25.62"], ["25.11", "25.62"], ["49.41"], ["62.01", "49.41"], ["62"], []] as const;
const DIVISIONS = ["25", "49", "62"];

// Months 14 to 3 back: data before, inside and after it, so the bounds matter.
const period: DashboardPeriod = periodOf(monthKey(monthStart(14)), monthKey(monthStart(3)));
let chamber: Awaited<ReturnType<typeof createOrganizer>>;
let otherChamber: Awaited<ReturnType<typeof createOrganizer>>;

beforeAll(async () => {
  chamber = await createOrganizer("Kammer Görlitz");
  otherChamber = await createOrganizer("Fremdkammer");
  await db.organization.update({ where: { id: chamber.org.id }, data: { country: "DE", regionId: "de-sn-goerlitz" }, select: { id: true } });
  const someone = await createUser({ name: "Member" });
  const companies: string[] = [];
  for (let i = 0; i < 70; i++) {
    const place = pick(PLACES);
    const company = await db.organization.create({
      select: { id: true },
      data: {
        name: `Firma ${i}`,
        slug: `firma-${i}-${randomBytes(3).toString("hex")}`,
        country: place.country,
        regionId: place.regionId,
        createdAt: someTime(),
        industries: { create: pick(INDUSTRIES).map((industryCode) => ({ industryCode })) },
      },
    });
    companies.push(company.id);
    if (random() < 0.6) {
      const user = i % 3 === 0 ? someone : await createUser();
      await db.membership.create({ select: { id: true }, data: { userId: user.id, organizationId: company.id, role: "OWNER", createdAt: someTime() } });
    }
    if (random() < 0.4) await db.institutionMember.create({ select: { id: true }, data: { institutionId: chamber.org.id, companyId: company.id } });
    if (random() < 0.3) {
      const revoked = random() < 0.3 ? someTime() : null;
      await db.companyVerification.create({
        select: { id: true },
        data: { companyId: company.id, institutionId: chamber.org.id, memberChecked: true, registerChecked: false, verifiedAt: someTime(), revokedAt: revoked },
      });
    }
    for (let l = Math.floor(random() * 4); l > 0; l--) {
      await db.listing.create({ select: { id: true }, data: { organizationId: company.id, kind: pick(["OFFER", "REQUEST"] as const), createdAt: someTime() } });
    }
  }
  for (let q = 0; q < 140; q++) {
    const [from, to] = [pick(companies), pick(companies)];
    if (from === to) continue;
    await db.enquiry.create({
      select: { id: true },
      data: { batchId: `b${q}`, senderOrganizationId: from, recipientOrganizationId: to, subject: "Anfrage", createdAt: someTime() },
    });
  }
  for (let e = 0; e < 8; e++) {
    const startsAt = someTime();
    const event = await db.event.create({
      select: { id: true },
      data: {
        slug: `stat-event-${e}-${randomBytes(3).toString("hex")}`,
        organizerId: e % 4 === 3 ? otherChamber.org.id : chamber.org.id,
        type: "MATCHMAKING",
        titleDe: `Börse ${e}`,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 4 * 3_600_000),
        capacity: 100,
        status: e === 5 ? "DRAFT" : "PUBLISHED",
        createdAt: someTime(),
      },
    });
    const registrations = [];
    for (const company of companies.slice(e * 7, e * 7 + 8)) {
      const status = pick(["CONFIRMED", "CONFIRMED", "CANCELLED", "PENDING"] as const);
      registrations.push(
        await db.eventRegistration.create({ select: { id: true }, data: { eventId: event.id, organizationId: company, status, participantName: "Teilnehmer" } }),
      );
    }
    for (let m = 0; m + 1 < registrations.length; m += 2) {
      const [a, b] = [registrations[m], registrations[m + 1]];
      const request = await db.meetingRequest.create({
        select: { id: true },
        data: { eventId: event.id, requesterId: a.id, recipientId: b.id, message: "Treffen?", status: "ACCEPTED" },
      });
      const meetingStart = new Date(startsAt.getTime() + m * 20 * 60_000);
      const meeting = await db.meeting.create({
        select: { id: true },
        data: { eventId: event.id, requestId: request.id, startsAt: meetingStart, endsAt: new Date(meetingStart.getTime() + 20 * 60_000), tableNumber: m + 1 },
      });
      for (const side of [a, b]) {
        if (random() < 0.6) {
          await db.meetingFeedback.create({ select: { id: true }, data: { meetingId: meeting.id, registrationId: side.id, outcome: pick(MEETING_OUTCOMES) } });
        }
      }
    }
  }
}, 120_000);

/** The scope as an ORM filter on a company. */
function companyWhere(scope: DashboardScope): Prisma.OrganizationWhereInput {
  if (scope.kind === "platform") return {};
  if (scope.kind === "members") return { listedBy: { some: { institutionId: scope.institutionId } } };
  return scope.regionId ? { country: scope.country, regionId: scope.regionId } : { country: scope.country };
}
const eventWhere = (scope: DashboardScope): Prisma.EventWhereInput => (scope.kind === "platform" ? {} : { organizerId: scope.institutionId });
const inDivision = (division: string): Prisma.OrganizationWhereInput => ({
  industries: { some: { OR: [{ industryCode: division }, { industryCode: { startsWith: `${division}.` } }] } },
});
const monthRange = (month: string) => {
  const p = periodOf(month, month);
  return { gte: p.start, lt: p.end };
};

async function directBreakdown(scope: DashboardScope, groups: { key: string; where: Prisma.OrganizationWhereInput }[]) {
  const end = period.end;
  const rows: CompanyBreakdownRow[] = [];
  for (const group of groups) {
    const base: Prisma.OrganizationWhereInput = { AND: [{ kind: "COMPANY", createdAt: { lt: end } }, companyWhere(scope), group.where] };
    const [total, claimed, verified] = await Promise.all([
      db.organization.count({ where: base }),
      db.organization.count({ where: { AND: [base, { memberships: { some: { createdAt: { lt: end } } } }] } }),
      db.organization.count({
        where: {
          AND: [base, { verifications: { some: { verifiedAt: { lt: end }, OR: [{ revokedAt: null }, { revokedAt: { gte: end } }] } } }],
        },
      }),
    ]);
    if (total > 0) rows.push({ key: group.key, total, claimed, unclaimed: total - claimed, verified });
  }
  return rows.sort((a, b) => b.total - a.total || a.key.localeCompare(b.key));
}

async function directCount(scope: DashboardScope) {
  const countries = [...new Set(PLACES.map((p) => p.country))];
  const regions = [...new Set(PLACES.map((p) => p.regionId))];
  const crossBorder = (from: "DE" | "CZ", range: { gte: Date; lt: Date }, recipient: Prisma.OrganizationWhereInput = {}) =>
    db.enquiry.count({
      where: {
        createdAt: range,
        senderOrganization: { country: from },
        recipientOrganization: { AND: [{ country: from === "DE" ? "CZ" : "DE" }, recipient] },
        ...(scope.kind === "platform" ? {} : { OR: [{ senderOrganization: companyWhere(scope) }, { recipientOrganization: companyWhere(scope) }] }),
      },
    });
  const whole = { gte: period.start, lt: period.end };
  const eventsIn = (month: string): Prisma.EventWhereInput => ({ ...eventWhere(scope), status: "PUBLISHED", startsAt: monthRange(month) });
  const byIndustry = [];
  for (const [key, where] of [...DIVISIONS.map((d) => [d, inDivision(d)] as const), ["", { industries: { none: {} } }] as const]) {
    const [deToCz, czToDe] = [await crossBorder("DE", whole, where), await crossBorder("CZ", whole, where)];
    if (deToCz + czToDe > 0) byIndustry.push({ key, deToCz, czToDe });
  }
  return {
    companiesByCountry: await directBreakdown(scope, countries.map((country) => ({ key: country, where: { country } }))),
    companiesByRegion: await directBreakdown(scope, regions.map((regionId) => ({ key: regionId ?? "", where: { regionId } }))),
    companiesByIndustry: await directBreakdown(scope, [
      ...DIVISIONS.map((d) => ({ key: d, where: inDivision(d) })),
      { key: "", where: { industries: { none: {} } } },
    ]),
    growth: await Promise.all(
      period.months.map(async (month) => ({
        month,
        companies: await db.organization.count({ where: { AND: [{ kind: "COMPANY", createdAt: monthRange(month) }, companyWhere(scope)] } }),
        listings: await db.listing.count({ where: { createdAt: monthRange(month), organization: companyWhere(scope) } }),
        events: await db.event.count({ where: { ...eventWhere(scope), status: { not: "DRAFT" }, createdAt: monthRange(month) } }),
      })),
    ),
    enquiries: await Promise.all(
      period.months.map(async (month) => ({
        month,
        deToCz: await crossBorder("DE", monthRange(month)),
        czToDe: await crossBorder("CZ", monthRange(month)),
      })),
    ),
    enquiriesByIndustry: byIndustry.sort((a, b) => b.deToCz + b.czToDe - (a.deToCz + a.czToDe) || a.key.localeCompare(b.key)),
    events: await Promise.all(
      period.months.map(async (month) => ({
        month,
        events: await db.event.count({ where: eventsIn(month) }),
        registrations: await db.eventRegistration.count({ where: { status: "CONFIRMED", event: eventsIn(month) } }),
        meetingsHeld: await db.meeting.count({
          where: { event: eventsIn(month), endsAt: { lte: NOW }, feedback: { none: { outcome: "NOT_HELD" } } },
        }),
        outcomes: Object.fromEntries(
          await Promise.all(
            MEETING_OUTCOMES.map(async (outcome) => [outcome, await db.meetingFeedback.count({ where: { outcome, meeting: { event: eventsIn(month) } } })]),
          ),
        ) as Record<MeetingOutcome, number>,
      })),
    ),
  };
}

describe("dashboard figures", () => {
  const scopes: [string, () => DashboardScope][] = [
    ["the whole platform", () => ({ kind: "platform" })],
    ["a chamber's members", () => ({ kind: "members", institutionId: chamber.org.id })],
    ["a chamber's region", () => ({ kind: "region", institutionId: chamber.org.id, country: "DE", regionId: "de-sn-goerlitz" })],
  ];

  it.each(scopes)("for %s equal a direct count of the same rows", async (_name, scopeOf) => {
    const scope = scopeOf();
    const figures = await dashboardFigures(db, scope, period, NOW);
    expect(figures).toEqual(await directCount(scope));
    // The data really exercises the figures: nothing above compares empty lists.
    if (scope.kind === "platform") {
      expect(figures.companiesByCountry.length).toBeGreaterThan(2);
      expect(figures.enquiries.some((m) => m.deToCz > 0 && m.czToDe >= 0)).toBe(true);
      expect(figures.events.some((m) => m.meetingsHeld > 0)).toBe(true);
      expect(figures.events.some((m) => Object.values(m.outcomes).some((n) => n > 0))).toBe(true);
    }
  });

  it("an enquiry counts by its companies' countries whatever its writer claims, and follows a company that moves across the border", async () => {
    const scope: DashboardScope = { kind: "platform" };
    const total = (f: Awaited<ReturnType<typeof dashboardFigures>>) => f.enquiries.reduce((n, m) => n + m.deToCz + m.czToDe, 0);
    const place = (country: string, i: number) =>
      db.organization.create({ select: { id: true }, data: { name: `Umzug ${country} ${i}`, slug: `umzug-${i}-${randomBytes(3).toString("hex")}`, country } });
    const [sender, mover] = [await place("DE", 1), await place("PL", 2)];
    const before = total(await dashboardFigures(db, scope, period, NOW));
    // The writer passes wrong countries: a German–Polish enquiry is still not cross-border here.
    await db.enquiry.create({
      select: { id: true },
      data: {
        batchId: "moving",
        senderOrganizationId: sender.id,
        recipientOrganizationId: mover.id,
        subject: "Anfrage",
        createdAt: someTimeIn(5),
        senderCountry: "CZ",
        recipientCountry: "DE",
      },
    });
    const written = await dashboardFigures(db, scope, period, NOW);
    expect(total(written)).toBe(before);
    expect(written).toEqual(await directCount(scope));

    await db.organization.update({ where: { id: mover.id }, data: { country: "CZ" }, select: { id: true } });
    const moved = await dashboardFigures(db, scope, period, NOW);
    expect(total(moved)).toBe(before + 1);
    expect(moved).toEqual(await directCount(scope));
    await db.organization.update({ where: { id: mover.id }, data: { country: "PL" }, select: { id: true } });
    expect(total(await dashboardFigures(db, scope, period, NOW))).toBe(before);
  });

  it("follow every change of a company, its claim, verification, industries, listings and enquiries, and its deletion, whether the rollups were folded or not", async () => {
    const scopes: DashboardScope[] = [
      { kind: "platform" },
      { kind: "members", institutionId: chamber.org.id },
      { kind: "region", institutionId: chamber.org.id, country: "DE", regionId: "de-sn-goerlitz" },
    ];
    const fold = () => db.$executeRaw`SELECT dashboard_fold()`;
    const pending = async () => {
      const [row] = await db.$queryRaw<{ n: bigint }[]>`SELECT (SELECT count(*) FROM dashboard_company_delta) + (SELECT count(*) FROM dashboard_enquiry_delta) AS n`;
      return Number(row.n);
    };
    const platformRegion = async (regionId: string) =>
      (await dashboardFigures(db, scopes[0], period, NOW)).companiesByRegion.find((r) => r.key === regionId);
    /** Every scope's figures against a direct count: first with the changes pending, then folded. */
    const expectExact = async () => {
      expect(await pending()).toBeGreaterThan(0);
      for (const scope of scopes) expect(await dashboardFigures(db, scope, period, NOW)).toEqual(await directCount(scope));
      await fold();
      expect(await pending()).toBe(0);
      for (const scope of scopes) expect(await dashboardFigures(db, scope, period, NOW)).toEqual(await directCount(scope));
    };
    await fold();
    const goerlitzBefore = await platformRegion("de-sn-goerlitz");

    const company = (name: string, country: string, regionId: string | null, monthsAgo: number, industryCode: string) =>
      db.organization.create({
        select: { id: true },
        data: {
          name,
          slug: `${name.toLowerCase()}-${randomBytes(3).toString("hex")}`,
          country,
          regionId,
          createdAt: someTimeIn(monthsAgo),
          industries: { create: [{ industryCode }] },
        },
      });
    const maker = await company("Rollup Federn", "DE", "de-sn-goerlitz", 6, "25.62");
    const buyer = await company("Rollup Doprava", "CZ", "cz-liberecky", 8, "49.41");
    await db.institutionMember.create({ select: { id: true }, data: { institutionId: chamber.org.id, companyId: maker.id } });
    const enquiry = await db.enquiry.create({
      select: { id: true },
      data: { batchId: "rollup", senderOrganizationId: maker.id, recipientOrganizationId: buyer.id, subject: "Anfrage", createdAt: someTimeIn(5) },
    });
    const listing = await db.listing.create({ select: { id: true }, data: { organizationId: maker.id, kind: "OFFER", createdAt: someTimeIn(5) } });
    await expectExact();
    expect((await platformRegion("de-sn-goerlitz"))?.total).toBe((goerlitzBefore?.total ?? 0) + 1);

    // Claimed after the period's end first (not counted), then within it; verified before the
    // company existed, then revoked within the period.
    const owner = await createUser({ name: "Rollup Owner" });
    const membership = await db.membership.create({
      select: { id: true },
      data: { userId: owner.id, organizationId: maker.id, role: "OWNER", createdAt: someTimeIn(1) },
    });
    const verification = await db.companyVerification.create({
      select: { id: true },
      data: { companyId: maker.id, institutionId: chamber.org.id, memberChecked: true, registerChecked: true, verifiedAt: someTimeIn(7) },
    });
    await expectExact();
    await db.membership.update({ where: { id: membership.id }, data: { createdAt: someTimeIn(4) }, select: { id: true } });
    await db.companyVerification.update({ where: { id: verification.id }, data: { revokedAt: someTimeIn(4) }, select: { id: true } });
    await expectExact();

    // The maker moves to another region, the buyer across the border (its enquiry is no longer
    // cross-border) and back, and both change industries.
    await db.organization.update({ where: { id: maker.id }, data: { regionId: "de-sn-bautzen" }, select: { id: true } });
    await db.organization.update({ where: { id: buyer.id }, data: { country: "DE", regionId: "de-sn-goerlitz" }, select: { id: true } });
    await expectExact();
    await db.organization.update({ where: { id: buyer.id }, data: { country: "CZ", regionId: "cz-ustecky" }, select: { id: true } });
    await db.organizationIndustry.create({ data: { organizationId: buyer.id, industryCode: "62.01" }, select: { organizationId: true } });
    await db.organizationIndustry.deleteMany({ where: { organizationId: maker.id } });
    await db.enquiry.update({ where: { id: enquiry.id }, data: { createdAt: someTimeIn(9) }, select: { id: true } });
    await expectExact();

    // Deletions take their counts with them.
    await db.listing.delete({ where: { id: listing.id }, select: { id: true } });
    await db.membership.delete({ where: { id: membership.id }, select: { id: true } });
    await expectExact();
    await db.enquiry.delete({ where: { id: enquiry.id }, select: { id: true } });
    await db.organization.delete({ where: { id: maker.id }, select: { id: true } });
    await expectExact();
    await db.organization.delete({ where: { id: buyer.id }, select: { id: true } });
    await expectExact();
    expect(await platformRegion("de-sn-goerlitz")).toEqual(goerlitzBefore);
  });

  it("the chamber's CSV of cross-border enquiries carries the dashboard's numbers, month by month", async () => {
    const scope: DashboardScope = { kind: "members", institutionId: chamber.org.id };
    const figures = await dashboardFigures(db, scope, period, NOW);
    const url = `http://localhost/api/organizer/statistics/enquiries?institution=${chamber.org.id}&scope=members&from=${period.from}&to=${period.to}&locale=cs`;
    const response = await withTestSession(chamber.user, () => institutionCsv(new Request(url), { params: Promise.resolve({ figure: "enquiries" }) }));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const lines = (await response.text()).replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines[0]).toBe("Měsíc;DE → CZ;CZ → DE");
    expect(lines.slice(1)).toEqual(figures.enquiries.map((m) => `${m.month};${m.deToCz};${m.czToDe}`));
  });

  it("the platform CSV of companies by country names each country and counts as the dashboard does", async () => {
    const figures = await dashboardFigures(db, { kind: "platform" }, period, NOW);
    const admin = await createUser({ name: "Ada Admin" });
    await db.user.update({ where: { id: admin.id }, data: { isPlatformAdmin: true }, select: { id: true } });
    const url = `http://localhost/api/admin/statistics/companies-by-country?from=${period.from}&to=${period.to}&locale=de`;
    const response = await withTestSession(admin, () => platformCsv(new Request(url), { params: Promise.resolve({ figure: "companies-by-country" }) }));
    const lines = (await response.text()).replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines[0]).toBe("Code;Land;Gesamt;Beansprucht;Nicht beansprucht;Bestätigt");
    const de = figures.companiesByCountry.find((r) => r.key === "DE")!;
    expect(lines).toContain(`DE;Deutschland;${de.total};${de.claimed};${de.unclaimed};${de.verified}`);
  });

  it("a period that makes no sense is a 400 in the caller's language, not another period's numbers", async () => {
    const url = `http://localhost/api/organizer/statistics/growth?institution=${chamber.org.id}&from=2026-13&locale=en`;
    const response = await withTestSession(chamber.user, () => institutionCsv(new Request(url), { params: Promise.resolve({ figure: "growth" }) }));
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/not a valid month/);
  });
});

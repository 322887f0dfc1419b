// SPDX-License-Identifier: EUPL-1.2
import { testDb } from "./support/app-database";
import { afterAll, describe, expect, it, vi } from "vitest";
import { withTestSession } from "@/lib/auth/test-session";
import { profileInsights } from "@/lib/statistics/profile-insights";
import { PROFILE_VIEW_LIMIT, resetAllLimits } from "@/lib/security/rate-limit";
import { GET as viewer } from "@/app/api/companies/[slug]/viewer/route";
import { POST as views } from "@/app/api/companies/[slug]/views/route";
import { createOrganization, createUser } from "./support/accounts";
import { createUnmanagedCompany } from "./support/claims";
import { ALL_TIME, BROWSER, browserReport, newVisitorAddress } from "./support/visitors";

// The routes read the profile through Next.js's data cache, which only a running server has.
vi.mock("next/cache", () => ({ unstable_cache: <F>(fn: F) => fn }));

/**
 * The cached company profile is the same page for everyone; what the person looking may do comes
 * from app/api/companies/[slug]/viewer, and the view is counted through .../views.
 */
const db = testDb.db;
afterAll(() => testDb.drop());

async function published(company: { id: string }) {
  const row = await db.organization.update({
    where: { id: company.id },
    data: { status: "PUBLISHED", publishedAt: new Date() },
  });
  return { id: row.id, slug: row.slug };
}

async function ask(user: { id: string } | null, slug: string) {
  const response = await withTestSession(user, () =>
    viewer(new Request(`http://localhost/api/companies/${slug}/viewer`), { params: Promise.resolve({ slug }) }),
  );
  return {
    status: response.status,
    cache: response.headers.get("cache-control"),
    body: response.status === 200 ? await response.json() : null,
  };
}

async function report(
  user: { id: string } | null,
  slug: string,
  options: { referrer?: string; site?: string; address?: string; userAgent?: string; body?: string } = {},
) {
  const address = options.address ?? newVisitorAddress();
  const request = browserReport(
    `http://portal.test/api/companies/${slug}/views`,
    options.body ?? JSON.stringify({ referrer: options.referrer ?? null }),
    { ...options, address },
  );
  return withTestSession(user, () => views(request, { params: Promise.resolve({ slug }) }), { ip: address });
}

describe("what a profile offers the person looking at it", () => {
  it("a visitor is asked to sign in, a member of another company may enquire and watch, the owner gets neither", async () => {
    const [owner, buyer] = await Promise.all([
      createUser({ name: "Otto Eigner" }),
      createUser({ name: "Berta Einkauf" }),
    ]);
    const company = await published(
      await createOrganization([{ user: owner, role: "OWNER" }], { name: "Fräserei Beispiel GmbH" }),
    );
    const buyersCompany = await createOrganization([{ user: buyer, role: "OWNER" }], {
      name: "Einkauf Beispiel s.r.o.",
    });

    const visitor = await ask(null, company.slug);
    expect(visitor).toEqual({
      status: 200,
      cache: "private, no-store",
      body: { signedIn: false, enquiry: "sign-in", watchlist: [], claim: null },
    });
    expect((await ask(buyer, company.slug)).body).toEqual({
      signedIn: true,
      enquiry: "compose",
      watchlist: [{ organizationId: buyersCompany.id, companyName: null, entryId: null }],
      claim: null,
    });
    expect((await ask(owner, company.slug)).body).toEqual({
      signedIn: true,
      enquiry: null,
      watchlist: [],
      claim: null,
    });
  });

  it("offers the claim on a profile nobody manages, and nothing for an unknown or unpublished one", async () => {
    const institutionAdmin = await createUser();
    const institution = await createOrganization([{ user: institutionAdmin, role: "INSTITUTION_ADMIN" }], {
      kind: "INSTITUTION",
    });
    const unmanaged = await createUnmanagedCompany({
      name: "Ohne Eigner s.r.o.",
      listedBy: { institutionId: institution.id },
    });
    expect((await ask(null, unmanaged.slug)).body).toMatchObject({ enquiry: "sign-in", claim: { kind: "sign-in" } });
    expect((await ask(await createUser(), unmanaged.slug)).body).toMatchObject({
      claim: { kind: "form", reviewer: "institution" },
    });
    const draft = await createOrganization([{ user: await createUser(), role: "OWNER" }]);
    expect((await ask(null, draft.slug)).status).toBe(404);
    expect((await ask(null, "no-such-company")).status).toBe(404);
  });
});

describe("a profile view reported by the page", () => {
  it("counts a visitor and a click from the search results, never the company's own members or another site's request", async () => {
    const owner = await createUser();
    const company = await published(await createOrganization([{ user: owner, role: "OWNER" }]));

    expect(
      (await report(null, company.slug, { referrer: "http://portal.test/cs/search?q=fr%C3%A9zov%C3%A1n%C3%AD" }))
        .status,
    ).toBe(204);
    expect((await report(owner, company.slug)).status).toBe(204);
    expect((await report(null, company.slug, { site: "cross-site" })).status).toBe(204);
    expect(await profileInsights(db, company.id, ALL_TIME)).toEqual([
      expect.objectContaining({ profileViews: 1, searchClicks: 1 }),
    ]);
    expect((await report(null, "no-such-company")).status).toBe(404);
  });

  it("counts a view whose report is malformed, but never as a click from the search results", async () => {
    const company = await published(await createOrganization([{ user: await createUser(), role: "OWNER" }]));
    const search = "http://portal.test/de/search?q=Fr%C3%A4sen";
    for (const body of ["not json", JSON.stringify({ referrer: 42 }), JSON.stringify({ referrer: `${search}&x=${"a".repeat(2_100)}` }), "[]"]) {
      expect((await report(null, company.slug, { body })).status).toBe(204);
    }
    expect(await profileInsights(db, company.id, ALL_TIME)).toEqual([
      expect.objectContaining({ profileViews: 4, searchClicks: 0 }),
    ]);
  });

  // One visitor is one view a day; an address that changes its user agent on every report would
  // count as ever new visitors without the limit.
  it("stops counting one address's reports after its hourly limit, while other addresses still count", async () => {
    await resetAllLimits();
    const company = await published(await createOrganization([{ user: await createUser(), role: "OWNER" }]));
    const flooder = "203.0.113.77";
    const { points } = PROFILE_VIEW_LIMIT;
    for (let i = 0; i < points + 25; i++) {
      const userAgent = BROWSER.replace("141.0.0.0", `141.0.${i}.0`);
      expect((await report(null, company.slug, { address: flooder, userAgent })).status).toBe(204);
    }
    expect(await profileInsights(db, company.id, ALL_TIME)).toEqual([
      expect.objectContaining({ profileViews: points }),
    ]);

    await report(null, company.slug);
    expect(await profileInsights(db, company.id, ALL_TIME)).toEqual([
      expect.objectContaining({ profileViews: points + 1 }),
    ]);
  });
});

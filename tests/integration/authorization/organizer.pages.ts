// SPDX-License-Identifier: EUPL-1.2
import { randomBytes } from "node:crypto";
import { createUnmanagedCompany } from "../support/claims";
import { createEvent } from "../support/events";
import { unknownId, type MatrixFixture } from "./matrix";
import { demandSignal, reportAboutCompany, thisMonth } from "./page-fixtures";
import { INSTITUTION_PAGE, page, pages, type PageOutcome } from "./pages";
import type { RoleExpectations } from "./matrix";

/**
 * The organizer area, app/[locale]/(organizer): an institution's pages, named by
 * `?institution=` (or `?org=`) where the page takes one, and its events' pages. Pages without
 * an id in the address show a caller who runs no institution a notice, and another institution
 * its own page ("empty": never the fixture's data).
 */
const ORGANIZER = "app/[locale]/(organizer)/organizer";

/** A page that names the institution: another institution's id reads as an unknown one. */
const NAMED_INSTITUTION: RoleExpectations<PageOutcome> = { ...INSTITUTION_PAGE, otherInstitution: "not_found" };
/** An event's management pages: its organizer's staff and platform admins; to anyone else the event does not exist. */
const EVENT_STAFF: RoleExpectations<PageOutcome> = {
  anonymous: "sign_in",
  otherMember: "not_found",
  organizerStaff: "ok",
  admin: "ok",
  editor: "not_found",
  owner: "not_found",
};

async function organizerEvent(f: MatrixFixture) {
  const title = `Kooperationsbörse ${randomBytes(3).toString("hex")}`;
  const event = await createEvent(f.organizer.id, { titleDe: title, status: "DRAFT" });
  return { params: { id: event.id }, shows: title };
}

const withUnknownId = (r: { params?: Record<string, string> }) => ({ ...r, params: { id: unknownId() } });

const eventPage = (path: string) =>
  page({
    file: `${ORGANIZER}/events/[id]${path}/page.tsx`,
    guard: "organizerEvent (lib/events/organizer-area.ts)",
    request: organizerEvent,
    unknown: withUnknownId,
    expect: EVENT_STAFF,
  });

export default pages({
  "/organizer": page({
    file: `${ORGANIZER}/page.tsx`,
    guard: "requireUser, organizerOrganizationsOf",
    request: async (f) => ({ shows: (await organizerEvent(f)).shows }),
    expect: INSTITUTION_PAGE,
  }),
  "/organizer/claims": page({
    file: `${ORGANIZER}/claims/page.tsx`,
    guard: "requireUser, memberListInstitutions",
    request: async (f) => {
      const company = await createUnmanagedCompany({
        website: "https://www.strojirna-example.cz",
        listedBy: { institutionId: f.organizer.id },
      });
      await f.db.claimRequest.create({
        data: { companyId: company.id, userId: f.users.secondEditor.id, email: f.users.secondEditor.email, domainCheck: "mismatch" },
      });
      return { query: { institution: f.organizer.id }, shows: company.name };
    },
    expect: INSTITUTION_PAGE,
  }),
  "/organizer/demand": page({
    file: `${ORGANIZER}/demand/page.tsx`,
    guard: "requireUser, statsInstitutionsOf, pickInstitution",
    request: async (f) => ({ query: { org: f.organizer.id, month: thisMonth(), view: "all" }, shows: await demandSignal(f) }),
    unknown: (r) => ({ ...r, query: { ...r.query, org: unknownId() } }),
    expect: NAMED_INSTITUTION,
  }),
  "/organizer/events/new": page({
    file: `${ORGANIZER}/events/new/page.tsx`,
    guard: "requireUser, organizerOrganizationsOf",
    request: (f) => ({ shows: f.organizer.name }),
    // Nobody but an institution's staff organizes events: to a company the editor does not exist.
    expect: { ...EVENT_STAFF, admin: "not_found", otherInstitution: "empty" },
  }),
  "/organizer/events/[id]": eventPage(""),
  "/organizer/events/[id]/check-in": eventPage("/check-in"),
  "/organizer/events/[id]/edit": eventPage("/edit"),
  "/organizer/events/[id]/import": eventPage("/import"),
  "/organizer/events/[id]/matchmaking": eventPage("/matchmaking"),
  "/organizer/events/[id]/meetings": eventPage("/meetings"),
  "/organizer/events/[id]/registrations": eventPage("/registrations"),
  "/organizer/import": page({
    file: `${ORGANIZER}/import/page.tsx`,
    guard: "requireUser, importableInstitutions",
    request: (f) => ({ shows: f.organizer.name }),
    // Platform admins import for any institution.
    expect: { ...INSTITUTION_PAGE, admin: "ok" },
  }),
  "/organizer/members": page({
    file: `${ORGANIZER}/members/page.tsx`,
    guard: "requireUser, memberListInstitutions",
    request: async (f) => {
      const company = await createUnmanagedCompany({ listedBy: { institutionId: f.organizer.id } });
      return { query: { institution: f.organizer.id }, shows: company.name };
    },
    expect: INSTITUTION_PAGE,
  }),
  "/organizer/moderation": page({
    file: `${ORGANIZER}/moderation/page.tsx`,
    guard: "requireUser, institutionsModeratedBy",
    request: async (f) => ({ query: { institution: f.organizer.id }, shows: (await reportAboutCompany(f)).reason }),
    expect: INSTITUTION_PAGE,
  }),
  "/organizer/moderation/[id]": page({
    file: `${ORGANIZER}/moderation/[id]/page.tsx`,
    guard: "requireUser, mayModerateFor, reportForModeration",
    request: async (f) => {
      const { reportId, reason } = await reportAboutCompany(f);
      return { params: { id: reportId }, query: { institution: f.organizer.id }, shows: reason };
    },
    unknown: withUnknownId,
    expect: { ...EVENT_STAFF, otherInstitution: "not_found" },
  }),
  "/organizer/moderation/[id] in another institution's name": page({
    file: `${ORGANIZER}/moderation/[id]/page.tsx`,
    guard: "requireUser, mayModerateFor, reportForModeration",
    request: async (f) => {
      const { reportId, reason } = await reportAboutCompany(f);
      return { params: { id: reportId }, query: { institution: f.otherOrganizer.id }, shows: reason };
    },
    unknown: withUnknownId,
    expect: { ...NAMED_INSTITUTION, organizerStaff: "not_found", otherMember: "not_found", admin: "not_found", editor: "not_found", owner: "not_found" },
  }),
  "/organizer/staff": page({
    file: `${ORGANIZER}/staff/page.tsx`,
    guard: "requireUser, organizerOrganizationsOf (redirects to the institution's team)",
    request: (f) => ({ shows: `org=${f.organizer.id}` }),
    expect: INSTITUTION_PAGE,
  }),
  "/organizer/statistics": page({
    file: `${ORGANIZER}/statistics/page.tsx`,
    guard: "requireUser, institutionDashboardAccess",
    request: (f) => ({ query: { institution: f.organizer.id }, shows: f.organizer.name }),
    unknown: (r) => ({ ...r, query: { institution: unknownId() } }),
    expect: { ...NAMED_INSTITUTION, otherMember: "not_found", admin: "ok", editor: "not_found", owner: "not_found" },
  }),
  "/organizer/statistics of a company": page({
    file: `${ORGANIZER}/statistics/page.tsx`,
    guard: "requireUser, institutionDashboardAccess",
    // A company has no dashboard, not even for its own owner.
    request: (f) => ({ query: { institution: f.company.id }, shows: f.company.name }),
    unknown: (r) => ({ ...r, query: { institution: unknownId() } }),
    expect: { ...NAMED_INSTITUTION, organizerStaff: "not_found", otherMember: "not_found", admin: "not_found", editor: "not_found", owner: "not_found" },
  }),
  "/organizer/statistics without an institution": page({
    file: `${ORGANIZER}/statistics/page.tsx`,
    guard: "requireUser, statsInstitutionsOf",
    request: (f) => ({ shows: f.organizer.name }),
    expect: INSTITUTION_PAGE,
  }),
  "/organizer/verification": page({
    file: `${ORGANIZER}/verification/page.tsx`,
    guard: "requireUser, verifyingInstitutionsOf",
    request: (f) => ({ query: { institution: f.organizer.id }, shows: f.organizer.name }),
    expect: INSTITUTION_PAGE,
  }),
});

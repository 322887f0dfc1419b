// SPDX-License-Identifier: EUPL-1.2
import { randomBytes } from "node:crypto";
import { createEvent, registerDirectly } from "../support/events";
import { unknownId, type MatrixFixture, type RoleExpectations } from "./matrix";
import { demandSignal, thisMonth } from "./page-fixtures";
import { page, pages, PLATFORM_ADMIN_ROUTE, type PageOutcome } from "./pages";

/**
 * Route handlers under app/api that read what belongs to somebody: exports of an institution's
 * or the platform's figures, an event's lists, a participant's own files, a thread's attachment,
 * a person's data export. Every refusal of a thing named by id is the 404 an unknown id gets.
 */
const API = "app/api";

/** An institution's figures: its admins and staff, and platform admins. */
const INSTITUTION_FIGURES: RoleExpectations<PageOutcome> = {
  anonymous: "sign_in",
  otherMember: "not_found",
  organizerStaff: "ok",
  admin: "ok",
  editor: "not_found",
  owner: "not_found",
};
/** An event's lists: its organizer's staff and platform admins. */
const EVENT_STAFF: RoleExpectations<PageOutcome> = INSTITUTION_FIGURES;
/** A participating company's own files: its members. */
const PARTICIPANT: RoleExpectations<PageOutcome> = {
  anonymous: "sign_in",
  otherMember: "not_found",
  organizerStaff: "not_found",
  admin: "not_found",
  editor: "ok",
  owner: "ok",
};

async function organizerEvent(f: MatrixFixture) {
  const event = await createEvent(f.organizer.id, { status: "DRAFT" });
  return { params: { id: event.id } };
}

async function companyRegistered(f: MatrixFixture) {
  const event = await createEvent(f.organizer.id);
  await registerDirectly(event.id, { user: f.users.owner, org: f.company }, { name: "Olga Owner" });
  return { params: { slug: event.slug } };
}

const unknownEvent = () => ({ params: { id: unknownId() } });

const eventExport = (name: string) =>
  page({
    file: `${API}/organizer/events/[id]/${name}/route.ts`,
    guard: `organizerExport / decide("event.registrations.manage")`,
    request: organizerEvent,
    unknown: unknownEvent,
    expect: EVENT_STAFF,
  });

export default pages({
  "GET /api/organizer/statistics/[figure]": page({
    file: `${API}/organizer/statistics/[figure]/route.ts`,
    guard: "dashboardExport, institutionDashboardAccess",
    request: (f) => ({ params: { figure: "growth" }, query: { institution: f.organizer.id } }),
    unknown: (r) => ({ ...r, query: { institution: unknownId() } }),
    expect: INSTITUTION_FIGURES,
  }),
  "GET /api/organizer/statistics/[figure] of a company": page({
    file: `${API}/organizer/statistics/[figure]/route.ts`,
    guard: "dashboardExport, institutionDashboardAccess",
    // A company has no dashboard, not even for its own owner.
    request: (f) => ({ params: { figure: "growth" }, query: { institution: f.company.id } }),
    unknown: (r) => ({ ...r, query: { institution: unknownId() } }),
    expect: { ...INSTITUTION_FIGURES, organizerStaff: "not_found", admin: "not_found" },
  }),
  "GET /api/organizer/statistics/[figure] with an unknown figure": page({
    file: `${API}/organizer/statistics/[figure]/route.ts`,
    guard: "dashboardExport (isFigureId)",
    request: (f) => ({ params: { figure: "salaries" }, query: { institution: f.organizer.id } }),
    expect: { ...INSTITUTION_FIGURES, anonymous: "not_found", organizerStaff: "not_found", admin: "not_found" },
  }),
  "GET /api/admin/statistics/[figure]": page({
    file: `${API}/admin/statistics/[figure]/route.ts`,
    guard: "dashboardExport, platformDashboardAccess",
    request: () => ({ params: { figure: "growth" } }),
    expect: PLATFORM_ADMIN_ROUTE,
  }),
  "GET /api/statistics/demand?org=": page({
    file: `${API}/statistics/demand/route.ts`,
    guard: "statsInstitutionsOf, pickInstitution",
    request: async (f) => ({ query: { org: f.organizer.id, month: thisMonth(), view: "all" }, shows: await demandSignal(f) }),
    unknown: (r) => ({ ...r, query: { ...r.query, org: unknownId() } }),
    // Platform admins read the platform's signals; an institution's are its own staff's.
    expect: { ...INSTITUTION_FIGURES, admin: "not_found" },
  }),
  "GET /api/statistics/demand (the platform's)": page({
    file: `${API}/statistics/demand/route.ts`,
    guard: "mayViewPlatformDemand",
    request: async (f) => ({ query: { month: thisMonth(), view: "all" }, shows: await demandSignal(f) }),
    expect: PLATFORM_ADMIN_ROUTE,
  }),
  "GET /api/organizer/events/[id]/badges": page({
    file: `${API}/organizer/events/[id]/badges/route.ts`,
    guard: `decide("event.registrations.manage")`,
    request: organizerEvent,
    unknown: unknownEvent,
    expect: EVENT_STAFF,
  }),
  "GET /api/organizer/events/[id]/meetings": eventExport("meetings"),
  "GET /api/organizer/events/[id]/outcomes": eventExport("outcomes"),
  "GET /api/organizer/events/[id]/participants": eventExport("participants"),
  "GET /api/events/[slug]/agenda/ics": page({
    file: `${API}/events/[slug]/agenda/ics/route.ts`,
    guard: "myParticipation (a confirmed registration of the caller's company)",
    request: companyRegistered,
    unknown: () => ({ params: { slug: `no-such-event-${randomBytes(3).toString("hex")}` } }),
    expect: PARTICIPANT,
  }),
  "GET /api/events/[slug]/badge": page({
    file: `${API}/events/[slug]/badge/route.ts`,
    guard: "myParticipation (a confirmed registration of the caller's company)",
    request: companyRegistered,
    unknown: () => ({ params: { slug: `no-such-event-${randomBytes(3).toString("hex")}` } }),
    expect: PARTICIPANT,
  }),
  "GET /api/enquiries/attachments/[messageId]": page({
    file: `${API}/enquiries/attachments/[messageId]/route.ts`,
    guard: "attachmentForReader (members of the thread's two companies)",
    request: async (f) => {
      const text = `Zeichnung ${randomBytes(3).toString("hex")}`;
      const enquiry = await f.db.enquiry.create({
        data: {
          batchId: `batch-${randomBytes(4).toString("hex")}`,
          senderOrganizationId: f.otherCompany.id,
          recipientOrganizationId: f.company.id,
          senderUserId: f.users.otherMember.id,
          subject: "Anfrage: Drehteile",
          messages: {
            create: {
              authorOrganizationId: f.otherCompany.id,
              authorUserId: f.users.otherMember.id,
              authorName: "Otto Outsider",
              body: "Anbei die Zeichnung.",
              attachment: {
                create: { fileName: "zeichnung.txt", contentType: "text/plain", size: text.length, data: Buffer.from(text) },
              },
            },
          },
        },
        select: { messages: { select: { id: true } } },
      });
      return { params: { messageId: enquiry.messages[0].id }, shows: text };
    },
    unknown: () => ({ params: { messageId: unknownId() } }),
    // The sender's side reads it too; everyone else, signed in or not, gets "not found".
    expect: { ...PARTICIPANT, anonymous: "not_found", otherMember: "ok", otherInstitution: "not_found" },
  }),
  "GET /api/account/export": page({
    file: `${API}/account/export/route.ts`,
    guard: "getSessionUser (one's own data only)",
    request: (f) => ({ shows: f.actor?.email ?? "" }),
    expect: { anonymous: "sign_in", otherMember: "ok", organizerStaff: "ok", admin: "ok", editor: "ok", owner: "ok" },
  }),
});

// SPDX-License-Identifier: EUPL-1.2
import { recordAudit } from "../../../lib/audit/log";
import { createUnmanagedCompany } from "../support/claims";
import { unknownId } from "./matrix";
import { demandSignal, reportAboutCompany, thisMonth } from "./page-fixtures";
import { page, pages, PLATFORM_ADMIN_PAGE } from "./pages";

/** The platform admin area, app/[locale]/(admin): platform admins only, and it does not announce itself. */
const ADMIN = "app/[locale]/(admin)";

export default pages({
  "(admin) layout": page({
    file: `${ADMIN}/layout.tsx`,
    guard: "requirePlatformAdmin",
    request: () => ({}),
    expect: PLATFORM_ADMIN_PAGE,
  }),
  "/admin": page({
    file: `${ADMIN}/admin/page.tsx`,
    guard: "requirePlatformAdmin",
    request: () => ({}),
    expect: PLATFORM_ADMIN_PAGE,
  }),
  "/admin/audit": page({
    file: `${ADMIN}/admin/audit/page.tsx`,
    guard: "requirePlatformAdmin",
    request: async (f) => {
      await f.db.$transaction((tx) =>
        recordAudit(tx, { action: "company.create", actorUserId: f.users.owner.id, entityType: "Organization", entityId: f.company.id }),
      );
      return { query: { organization: f.company.name }, shows: f.users.owner.email };
    },
    expect: PLATFORM_ADMIN_PAGE,
  }),
  "/admin/claims": page({
    file: `${ADMIN}/admin/claims/page.tsx`,
    guard: "requirePlatformAdmin",
    request: async (f) => {
      const company = await createUnmanagedCompany({ website: "https://www.strojirna-example.cz" });
      await f.db.claimRequest.create({
        data: { companyId: company.id, userId: f.users.secondEditor.id, email: f.users.secondEditor.email, domainCheck: "mismatch" },
      });
      return { shows: company.name };
    },
    expect: PLATFORM_ADMIN_PAGE,
  }),
  "/admin/demand": page({
    file: `${ADMIN}/admin/demand/page.tsx`,
    guard: "requireUser, mayViewPlatformDemand",
    request: async (f) => ({ query: { month: thisMonth(), view: "all" }, shows: await demandSignal(f) }),
    expect: PLATFORM_ADMIN_PAGE,
  }),
  "/admin/institutions": page({
    file: `${ADMIN}/admin/institutions/page.tsx`,
    guard: "requirePlatformAdmin",
    request: (f) => ({ shows: f.organizer.name }),
    expect: PLATFORM_ADMIN_PAGE,
  }),
  "/admin/moderation": page({
    file: `${ADMIN}/admin/moderation/page.tsx`,
    guard: "requirePlatformAdmin",
    request: async (f) => ({ shows: (await reportAboutCompany(f)).reason }),
    expect: PLATFORM_ADMIN_PAGE,
  }),
  "/admin/moderation/[id]": page({
    file: `${ADMIN}/admin/moderation/[id]/page.tsx`,
    guard: "requirePlatformAdmin, reportForModeration",
    request: async (f) => {
      const { reportId, reason } = await reportAboutCompany(f);
      return { params: { id: reportId }, shows: reason };
    },
    unknown: (r) => ({ ...r, params: { id: unknownId() } }),
    expect: PLATFORM_ADMIN_PAGE,
  }),
  "/admin/statistics": page({
    file: `${ADMIN}/admin/statistics/page.tsx`,
    guard: "requirePlatformAdmin",
    request: () => ({}),
    expect: PLATFORM_ADMIN_PAGE,
  }),
});

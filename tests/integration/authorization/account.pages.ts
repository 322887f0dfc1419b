// SPDX-License-Identifier: EUPL-1.2
import { translatorFor } from "../../../lib/i18n/translator";
import type { RoleExpectations } from "./matrix";
import { page, pages, type PageOutcome } from "./pages";

/**
 * Account pages that show a company's profile insights or an institution's people. Everybody
 * signed in has an account page; only members see their organization's figures and team.
 */
const ACCOUNT = "app/[locale]/(account)/account";

const COMPANY_MEMBERS: RoleExpectations<PageOutcome> = {
  anonymous: "sign_in",
  otherMember: "empty",
  organizerStaff: "empty",
  admin: "empty",
  editor: "ok",
  owner: "ok",
};

export default pages({
  "/account (profile insights)": page({
    file: `${ACCOUNT}/page.tsx`,
    guard: "requireUser, organizationsOf (the caller's own companies)",
    request: (f) => ({ shows: translatorFor("de")("ProfileInsights.title", { company: f.company.name }) }),
    expect: COMPANY_MEMBERS,
  }),
  "/account/team?org= of an institution": page({
    file: `${ACCOUNT}/team/page.tsx`,
    guard: "requireUser, organizationsOf (the caller's own organizations)",
    request: (f) => ({ query: { org: f.organizer.id }, shows: f.users.institutionStaff.email }),
    expect: { ...COMPANY_MEMBERS, organizerStaff: "ok", editor: "empty", owner: "empty" },
  }),
});

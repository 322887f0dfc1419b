// SPDX-License-Identifier: EUPL-1.2
/**
 * Route handlers the page matrix leaves out, each with the reason: they read nothing that
 * belongs to a caller. Only route handlers may stand here; every page has a row.
 */
export const UNGUARDED: Record<string, string> = {
  "app/api/companies/[slug]/viewer/route.ts":
    "what the caller's own session may do on a published profile, nothing of anyone else (profile-viewer.test.ts)",
  "app/api/companies/[slug]/views/route.ts": "POST only; counts a view of a published profile, reads nothing back",
  "app/api/auth/[...nextauth]/route.ts": "next-auth's own sign-in endpoints; sign-in is tested in auth-flows.test.ts",
  "app/api/alerts/unsubscribe/[token]/route.ts": "POST only; the token in the mail is the credential (alerts.test.ts)",
  "app/api/events/[slug]/ics/route.ts": "a published event's calendar file, public like the event's page",
  "app/api/health/route.ts": "liveness and readiness, no data",
  "app/api/logos/[file]/route.ts": "published companies' logos, public images",
  "app/api/v1/openapi.json/route.ts": "the public API's description",
  "app/api/search/report/route.ts": "POST only; counts a search the page showed, reads nothing back (search-report.test.ts)",
  "app/api/v1/search/route.ts": "the public search API, published profiles only (search-api.test.ts)",
};

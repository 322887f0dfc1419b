// SPDX-License-Identifier: EUPL-1.2
import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { profileClaimState } from "@/lib/claims/queries";
import { companiesForAccount } from "@/lib/companies/account-context";
import { canEnquire } from "@/lib/enquiries/compose";
import { enquirySenders } from "@/lib/enquiries/queries";
import { watchlistEntriesFor } from "@/lib/watchlist/queries";

/**
 * What a public company profile offers the one person looking at it. The profile's HTML is cached
 * and shared by every visitor, so the browser asks for this after the page has loaded
 * (app/api/companies/[slug]/viewer/route.ts).
 */
export interface ProfileViewerState {
  signedIn: boolean;
  /** "sign-in" for visitors, "compose" for members of another company, null otherwise. */
  enquiry: "sign-in" | "compose" | null;
  /** One toggle per company of the user that may keep a supplier list; never their own. */
  watchlist: { organizationId: string; companyName: string | null; entryId: string | null }[];
  /** "This is my company" on a profile nobody manages; null once it is managed. */
  claim: { kind: "sign-in" } | { kind: "pending" } | { kind: "form"; reviewer: "institution" | "platform" } | null;
}

async function watchlistFor(user: SessionUser, companyId: string): Promise<ProfileViewerState["watchlist"]> {
  const { companies } = await companiesForAccount(user, undefined);
  const watchers = companies.filter((c) => c.id !== companyId && can(user, "watchlist.manage", { organizationId: c.id }));
  if (!watchers.length) return [];
  const entries = await watchlistEntriesFor(
    watchers.map((c) => c.id),
    companyId,
  );
  return watchers.map((c) => ({
    organizationId: c.id,
    companyName: watchers.length > 1 ? c.name : null,
    entryId: entries.get(c.id) ?? null,
  }));
}

async function enquiryFor(user: SessionUser | null, companyId: string): Promise<ProfileViewerState["enquiry"]> {
  if (!user) return "sign-in";
  // The compose page starts with one of these companies as the sender (lib/enquiries/compose.ts).
  const senders = await enquirySenders(user);
  return canEnquire(
    senders.map((s) => s.id),
    companyId,
  )
    ? "compose"
    : null;
}

async function claimFor(user: SessionUser | null, companyId: string): Promise<ProfileViewerState["claim"]> {
  const state = await profileClaimState(companyId, user?.id ?? null);
  if (!state) return null;
  if (!user) return { kind: "sign-in" };
  return state.pending ? { kind: "pending" } : { kind: "form", reviewer: state.reviewer };
}

export async function profileViewerState(user: SessionUser | null, companyId: string): Promise<ProfileViewerState> {
  const [enquiry, watchlist, claim] = await Promise.all([
    enquiryFor(user, companyId),
    user ? watchlistFor(user, companyId) : [],
    claimFor(user, companyId),
  ]);
  return { signedIn: Boolean(user), enquiry, watchlist, claim };
}

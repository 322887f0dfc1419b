// SPDX-License-Identifier: EUPL-1.2
import { getSessionUser } from "@/lib/auth/session";
import { companiesForAccount } from "@/lib/companies/account-context";
import { can } from "@/lib/auth/permissions";
import { watchlistEntriesFor } from "@/lib/watchlist/queries";
import { WatchlistToggle } from "./watchlist-toggle";

/**
 * The watchlist toggle on a public company profile, for signed-in users who may keep their
 * company's supplier list; nothing for visitors, nothing on the user's own company.
 */
export async function CompanyWatchlistControl({ companyId }: { companyId: string }) {
  const user = await getSessionUser();
  if (!user) return null;
  const { companies } = await companiesForAccount(user, undefined);
  const watchers = companies.filter(
    (c) => c.id !== companyId && can(user, "watchlist.manage", { organizationId: c.id }),
  );
  if (!watchers.length) return null;
  const entries = await watchlistEntriesFor(
    watchers.map((c) => c.id),
    companyId,
  );
  return (
    <div className="flex flex-wrap gap-4 sm:justify-end">
      {watchers.map((c) => (
        <WatchlistToggle
          key={c.id}
          organizationId={c.id}
          watchedOrganizationId={companyId}
          entryId={entries.get(c.id) ?? null}
          companyName={watchers.length > 1 ? c.name : null}
        />
      ))}
    </div>
  );
}

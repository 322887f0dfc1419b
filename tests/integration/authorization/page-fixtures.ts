// SPDX-License-Identifier: EUPL-1.2
import { randomBytes } from "node:crypto";
import { recordVisitorEvents } from "../../../lib/statistics/events";
import type { MatrixFixture } from "./matrix";

/**
 * What the page matrix's rows show: things of `company`, listed by `organizer`, that only those
 * allowed may see. Each returns the text the page shows of it.
 */

/** `company` listed by the organizer, and reported by `otherCompany`; the report's reason is what moderators read. */
export async function reportAboutCompany(f: MatrixFixture): Promise<{ reportId: string; reason: string }> {
  await f.db.institutionMember.upsert({
    where: { institutionId_companyId: { institutionId: f.organizer.id, companyId: f.company.id } },
    create: { institutionId: f.organizer.id, companyId: f.company.id },
    update: {},
  });
  const reason = `Verlangt Vorkasse ${randomBytes(3).toString("hex")}`;
  const report = await f.db.abuseReport.create({
    data: {
      reporterOrganizationId: f.otherCompany.id,
      reportedOrganizationId: f.company.id,
      reason,
      reportedOrganizationName: f.company.name,
      reportedMessages: "[2026-01-01T10:00:00.000Z] Petr:\nBitte vorab zahlen.",
    },
  });
  return { reportId: report.id, reason };
}

/** A search that found nothing, by three distinct Czech visitors: enough to be shown. */
export async function demandSignal(f: MatrixFixture): Promise<string> {
  const query = `rekonstrukce lisu ${randomBytes(3).toString("hex").replace(/\d/g, "x")}`;
  for (let i = 0; i < 3; i++) {
    const address = `198.18.${randomBytes(1)[0]}.${i + 1}`;
    await recordVisitorEvents(f.db, { address, userAgent: "Mozilla/5.0 Firefox/140.0" }, [
      { kind: "SEARCH", query, locale: "cs", results: 0 },
    ]);
  }
  return query;
}

export function thisMonth(): string {
  return new Date().toISOString().slice(0, 7);
}

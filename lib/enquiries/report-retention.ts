// SPDX-License-Identifier: EUPL-1.2
import type { Db } from "../db/prisma";

/**
 * Abuse reports, with their copy of the reported messages, are evidence for the platform's
 * moderation and for a complaint or legal claim that may follow. A year covers both the review
 * and the usual time until such a dispute comes up; after that the report is deleted entirely.
 */
export const ABUSE_REPORT_RETENTION_DAYS = 365;

/** Deletes the reports older than the retention period; returns how many went. */
export async function purgeExpiredAbuseReports(db: Pick<Db, "abuseReport">, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - ABUSE_REPORT_RETENTION_DAYS * 86_400_000);
  const { count } = await db.abuseReport.deleteMany({ where: { createdAt: { lt: cutoff } } });
  return count;
}

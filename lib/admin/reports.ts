// SPDX-License-Identifier: EUPL-1.2
import type { Db } from "../db/prisma";
import { purgeExpiredAbuseReports } from "../enquiries/report-retention";

/**
 * What platform admins need to judge abuse: the reports of the last days with the copy of the
 * reported messages taken when each was made, and how often the spam limits turned senders away.
 * Admins cannot open threads, so this is all they see of a conversation.
 */
export async function moderationDigest(db: Db, opts: { days: number; now?: Date }) {
  // Whatever else runs or not, admins never see a report kept longer than promised.
  await purgeExpiredAbuseReports(db, opts.now);
  const since = new Date((opts.now ?? new Date()).getTime() - opts.days * 86_400_000);
  const [reports, rejections] = await Promise.all([
    db.abuseReport.findMany({
      where: { createdAt: { gte: since } },
      orderBy: { createdAt: "desc" },
      take: 200,
    }),
    db.enquiryRejection.groupBy({
      by: ["organizationId", "reason"],
      where: { createdAt: { gte: since } },
      _count: { _all: true },
    }),
  ]);
  const orgIds = [...new Set([...reports.flatMap((r) => [r.reporterOrganizationId, r.reportedOrganizationId]), ...rejections.map((r) => r.organizationId)])];
  const orgs = new Map(
    (await db.organization.findMany({ where: { id: { in: orgIds } }, select: { id: true, name: true, slug: true } })).map((o) => [o.id, o]),
  );
  const name = (id: string, fallback?: string | null) => orgs.get(id)?.name ?? fallback ?? `(deleted ${id})`;
  return {
    since,
    reports: reports.map((r) => ({
      id: r.id,
      createdAt: r.createdAt,
      reporter: name(r.reporterOrganizationId),
      reported: name(r.reportedOrganizationId, r.reportedOrganizationName),
      reportedSlug: orgs.get(r.reportedOrganizationId)?.slug ?? null,
      subject: r.subject,
      reason: r.reason,
      messages: r.reportedMessages,
    })),
    rejections: rejections
      .map((r) => ({ organization: name(r.organizationId), reason: r.reason, count: r._count._all }))
      .sort((a, b) => b.count - a.count),
  };
}

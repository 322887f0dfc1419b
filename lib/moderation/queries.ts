// SPDX-License-Identifier: EUPL-1.2
import "server-only";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { purgeExpiredAbuseReports } from "../enquiries/report-retention";
import type { PermissionSubject } from "../auth/permissions";
import { mayModerateFor } from "./access";
import { moderatedCompanyIds } from "./scope";

/**
 * What the moderation pages read. `institutionId` null means the platform's whole queue; an
 * institution sees the reports about the companies it moderates (scope.ts) and nothing else,
 * so the pages never show what the actions would refuse.
 */
export const QUEUE_STATES = ["open", "resolved", "all"] as const;
export type QueueState = (typeof QUEUE_STATES)[number];
export const QUEUE_PAGE_SIZE = 25;

/** The queue's tab from the query string; anything unknown is the open reports. */
export function queueState(value: string | undefined): QueueState {
  return QUEUE_STATES.includes(value as QueueState) ? (value as QueueState) : "open";
}

async function scopeWhere(institutionId: string | null): Promise<Prisma.AbuseReportWhereInput> {
  if (!institutionId) return {};
  return { reportedOrganizationId: { in: await moderatedCompanyIds(db, institutionId) } };
}

async function organizationNames(ids: readonly string[]) {
  const rows = await db.organization.findMany({
    where: { id: { in: [...new Set(ids)] } },
    select: { id: true, name: true, slug: true, status: true },
  });
  return new Map(rows.map((o) => [o.id, o]));
}

/** A page of reports, newest first; a report is open while no step on it is in force. */
export async function moderationQueue(institutionId: string | null, opts: { state: QueueState; page: number }) {
  // Whatever else runs or not, moderators never see a report kept longer than promised.
  await purgeExpiredAbuseReports(db);
  const inForce: Prisma.ModerationActionListRelationFilter = { some: { undoneAt: null } };
  const where: Prisma.AbuseReportWhereInput = {
    ...(await scopeWhere(institutionId)),
    ...(opts.state === "open" ? { moderationActions: { none: { undoneAt: null } } } : {}),
    ...(opts.state === "resolved" ? { moderationActions: inForce } : {}),
  };
  const [total, reports] = await Promise.all([
    db.abuseReport.count({ where }),
    db.abuseReport.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (opts.page - 1) * QUEUE_PAGE_SIZE,
      take: QUEUE_PAGE_SIZE,
      select: {
        id: true,
        createdAt: true,
        subject: true,
        reason: true,
        reporterOrganizationId: true,
        reportedOrganizationId: true,
        reportedOrganizationName: true,
        moderationActions: { where: { undoneAt: null }, select: { kind: true } },
      },
    }),
  ]);
  const names = await organizationNames(reports.flatMap((r) => [r.reporterOrganizationId, r.reportedOrganizationId]));
  return {
    total,
    pageCount: Math.max(1, Math.ceil(total / QUEUE_PAGE_SIZE)),
    reports: reports.map((r) => ({
      id: r.id,
      createdAt: r.createdAt,
      subject: r.subject,
      reason: r.reason,
      reporter: names.get(r.reporterOrganizationId)?.name ?? null,
      reported: names.get(r.reportedOrganizationId)?.name ?? r.reportedOrganizationName,
      inForce: r.moderationActions.map((a) => a.kind),
    })),
  };
}

/** One report with everything a moderator judges it by; null when it is not theirs to see. */
export async function reportForModeration(reportId: string, institutionId: string | null) {
  const report = await db.abuseReport.findFirst({
    where: { id: reportId, ...(await scopeWhere(institutionId)) },
  });
  if (!report) return null;
  const [names, reporterUser, company, steps] = await Promise.all([
    organizationNames([report.reporterOrganizationId]),
    report.reporterUserId
      ? db.user.findUnique({ where: { id: report.reporterUserId }, select: { name: true, email: true } })
      : null,
    db.organization.findUnique({
      where: { id: report.reportedOrganizationId },
      select: {
        id: true,
        name: true,
        slug: true,
        status: true,
        listings: {
          where: { status: "PUBLISHED" },
          orderBy: { createdAt: "desc" },
          select: { id: true, titleDe: true, titleCs: true, titleEn: true },
        },
      },
    }),
    db.moderationAction.findMany({
      where: { reportId },
      orderBy: { createdAt: "desc" },
      include: { listing: { select: { titleDe: true, titleCs: true, titleEn: true } } },
    }),
  ]);
  const people = await db.user.findMany({
    where: {
      id: { in: steps.flatMap((s) => [s.actorUserId, s.undoneById]).filter((id): id is string => Boolean(id)) },
    },
    select: { id: true, name: true, email: true },
  });
  const institutions = await organizationNames(steps.flatMap((s) => (s.institutionId ? [s.institutionId] : [])));
  const personName = (id: string | null) => {
    const p = people.find((u) => u.id === id);
    return p ? p.name?.trim() || p.email : null;
  };
  const suspension = company
    ? await db.moderationAction.findFirst({
        where: { organizationId: company.id, kind: "SUSPEND_ENQUIRIES", undoneAt: null },
        select: { createdAt: true },
      })
    : null;
  return {
    id: report.id,
    createdAt: report.createdAt,
    subject: report.subject,
    reason: report.reason,
    messages: report.reportedMessages,
    reporter: names.get(report.reporterOrganizationId)?.name ?? null,
    reporterPerson: reporterUser ? reporterUser.name?.trim() || reporterUser.email : null,
    reportedName: company?.name ?? report.reportedOrganizationName,
    company,
    suspendedSince: suspension?.createdAt ?? null,
    steps: steps.map((s) => ({
      id: s.id,
      kind: s.kind,
      reason: s.reason,
      createdAt: s.createdAt,
      actor: personName(s.actorUserId),
      institution: s.institutionId ? (institutions.get(s.institutionId)?.name ?? null) : null,
      institutionId: s.institutionId,
      listing: s.listing,
      undoneAt: s.undoneAt,
      undoneBy: personName(s.undoneById),
      undoReason: s.undoReason,
    })),
  };
}

/** How long a warning stays on the company's pages. */
const WARNING_SHOWN_DAYS = 90;

/**
 * What the company is told on its own pages: takedowns and suspensions in force, and recent
 * warnings, each with the moderator's reason. Who moderated is not shown.
 */
export async function moderationNoticesFor(organizationId: string, now = new Date()) {
  const since = new Date(now.getTime() - WARNING_SHOWN_DAYS * 86_400_000);
  return db.moderationAction.findMany({
    where: {
      organizationId,
      undoneAt: null,
      OR: [
        { kind: { in: ["UNPUBLISH_LISTING", "UNPUBLISH_PROFILE", "SUSPEND_ENQUIRIES"] } },
        { kind: "WARN", createdAt: { gte: since } },
      ],
    },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      kind: true,
      reason: true,
      createdAt: true,
      listingId: true,
      listing: { select: { titleDe: true, titleCs: true, titleEn: true } },
    },
  });
}

/** The institutions in which the user moderates, oldest membership first. */
export async function institutionsModeratedBy(user: PermissionSubject & { id: string }) {
  const memberships = await db.membership.findMany({
    where: { userId: user.id, organization: { kind: "INSTITUTION" } },
    orderBy: { createdAt: "asc" },
    select: { organization: { select: { id: true, name: true } } },
  });
  return memberships.map((m) => m.organization).filter((o) => mayModerateFor(user, o.id));
}

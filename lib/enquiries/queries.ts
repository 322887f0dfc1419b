// SPDX-License-Identifier: EUPL-1.2
import "server-only";
import { can, type PermissionSubject } from "../auth/permissions";
import { db } from "../db";
import { INBOX_ROLES, readerSide, type ThreadSide } from "./access";
import { excerpt } from "./excerpt";
import { recipientRoutes } from "./recipient-delivery";

/**
 * Reads of the inbox. Every function takes the signed-in user and answers only about threads of
 * companies the user is a member of (see access.ts: no platform-admin shortcut). Anonymous
 * callers and outsiders get nothing, exactly as if the thread did not exist.
 */
export type Reader = (PermissionSubject & { id: string }) | null | undefined;

export type InboxBox = "all" | "received" | "sent";
export const INBOX_BOXES: readonly InboxBox[] = ["all", "received", "sent"];
export const INBOX_PAGE_SIZE = 30;

/** The companies whose inbox the user may read. */
export function inboxOrganizationIds(user: Reader): string[] {
  if (!user) return [];
  return user.memberships.filter((m) => INBOX_ROLES.includes(m.role)).map((m) => m.organizationId);
}

const NEVER = "-infinity";

/** Unread messages (written by the other company after this one last read) per thread. */
async function unreadByThread(organizationId: string, enquiryIds: string[]): Promise<Map<string, number>> {
  if (!enquiryIds.length) return new Map();
  const rows = await db.$queryRaw<{ id: string; unread: number }[]>`
    SELECT e.id, COUNT(m.id)::int AS unread
    FROM "Enquiry" e
    JOIN "EnquiryMessage" m ON m."enquiryId" = e.id AND m."authorOrganizationId" <> ${organizationId}
    WHERE e.id = ANY(${enquiryIds}::text[])
      AND m."createdAt" > COALESCE(
        CASE WHEN e."senderOrganizationId" = ${organizationId} THEN e."senderReadAt" ELSE e."recipientReadAt" END,
        ${NEVER}::timestamp)
    GROUP BY e.id`;
  return new Map(rows.map((r) => [r.id, r.unread]));
}

async function unreadIn(organizationIds: string[]): Promise<number> {
  if (!organizationIds.length) return 0;
  const [row] = await db.$queryRaw<{ unread: number }[]>`
    SELECT COUNT(m.id)::int AS unread
    FROM "Enquiry" e
    JOIN "EnquiryMessage" m ON m."enquiryId" = e.id
    WHERE (e."senderOrganizationId" = ANY(${organizationIds}::text[])
           AND e."lastMessageAt" > COALESCE(e."senderReadAt", ${NEVER}::timestamp)
           AND m."authorOrganizationId" = e."recipientOrganizationId"
           AND m."createdAt" > COALESCE(e."senderReadAt", ${NEVER}::timestamp))
       OR (e."recipientOrganizationId" = ANY(${organizationIds}::text[])
           AND e.delivery <> 'UNDELIVERABLE'
           AND e."lastMessageAt" > COALESCE(e."recipientReadAt", ${NEVER}::timestamp)
           AND m."authorOrganizationId" = e."senderOrganizationId"
           AND m."createdAt" > COALESCE(e."recipientReadAt", ${NEVER}::timestamp))`;
  return row?.unread ?? 0;
}

/** Unread messages over all of the user's companies: the badge in the account navigation. */
export async function unreadTotal(user: Reader): Promise<number> {
  return unreadIn(inboxOrganizationIds(user));
}

/** Unread messages in one company's inbox; 0 for companies the user does not belong to. */
export async function unreadForCompany(user: Reader, organizationId: string): Promise<number> {
  if (!user || !can(user, "enquiry.read", { organizationId })) return 0;
  return unreadIn([organizationId]);
}

/** Threads a company received; those that could not be delivered exist for their sender only. */
function receivedBy(organizationId: string) {
  return { recipientOrganizationId: organizationId, delivery: { not: "UNDELIVERABLE" as const } };
}

const companyRef = { select: { id: true, name: true, slug: true, status: true } } as const;

/** One page of a company's threads, newest activity first; null if the user may not read the inbox. */
export async function inboxThreads(
  user: Reader,
  organizationId: string,
  options: { box?: InboxBox; page?: number } = {},
) {
  if (!user || !can(user, "enquiry.read", { organizationId })) return null;
  const box = options.box ?? "all";
  const page = Math.max(1, options.page ?? 1);
  const where =
    box === "received"
      ? receivedBy(organizationId)
      : box === "sent"
        ? { senderOrganizationId: organizationId }
        : { OR: [{ senderOrganizationId: organizationId }, receivedBy(organizationId)] };
  const [rows, total] = await Promise.all([
    db.enquiry.findMany({
      where,
      orderBy: [{ lastMessageAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * INBOX_PAGE_SIZE,
      take: INBOX_PAGE_SIZE,
      select: {
        id: true,
        subject: true,
        status: true,
        delivery: true,
        lastMessageAt: true,
        senderOrganizationId: true,
        senderOrganization: companyRef,
        recipientOrganization: companyRef,
        messages: {
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          take: 1,
          select: { authorName: true, authorOrganizationId: true, body: true },
        },
      },
    }),
    db.enquiry.count({ where }),
  ]);
  const unread = await unreadByThread(
    organizationId,
    rows.map((r) => r.id),
  );
  return {
    box,
    page,
    pageCount: Math.max(1, Math.ceil(total / INBOX_PAGE_SIZE)),
    total,
    threads: rows.map((r) => {
      const direction: "sent" | "received" = r.senderOrganizationId === organizationId ? "sent" : "received";
      const last = r.messages[0];
      return {
        id: r.id,
        subject: r.subject,
        status: r.status,
        delivery: r.delivery,
        lastMessageAt: r.lastMessageAt,
        direction,
        counterpart: direction === "sent" ? r.recipientOrganization : r.senderOrganization,
        unread: unread.get(r.id) ?? 0,
        lastMessage: last
          ? {
              authorName: last.authorName,
              mine: last.authorOrganizationId === organizationId,
              preview: excerpt(last.body, 140),
            }
          : null,
      };
    }),
  };
}

export type InboxThread = NonNullable<Awaited<ReturnType<typeof inboxThreads>>>["threads"][number];

/**
 * A thread with its messages, oldest first, as seen by one of its companies (`preferredOrganizationId`
 * if the user belongs to it). Null for anyone who is not a member of either company.
 */
export async function threadForReader(user: Reader, enquiryId: string, preferredOrganizationId?: string) {
  if (!user || enquiryId.length > 64) return null;
  const enquiry = await db.enquiry.findUnique({
    where: { id: enquiryId },
    select: {
      id: true,
      batchId: true,
      subject: true,
      status: true,
      closedAt: true,
      createdAt: true,
      senderOrganizationId: true,
      recipientOrganizationId: true,
      delivery: true,
      senderReadAt: true,
      recipientReadAt: true,
      senderOrganization: companyRef,
      recipientOrganization: companyRef,
      messages: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          authorOrganizationId: true,
          authorName: true,
          body: true,
          createdAt: true,
          attachment: { select: { fileName: true, contentType: true, size: true } },
        },
      },
    },
  });
  if (!enquiry) return null;
  const reader = readerSide(user, enquiry, preferredOrganizationId);
  if (!reader) return null;
  const side: ThreadSide = reader.side;
  const own = side === "sender" ? enquiry.senderOrganization : enquiry.recipientOrganization;
  const other = side === "sender" ? enquiry.recipientOrganization : enquiry.senderOrganization;
  const readAt = side === "sender" ? enquiry.senderReadAt : enquiry.recipientReadAt;
  const [weBlockThem, theyBlockUs] = await Promise.all([
    db.companyBlock.count({ where: { blockerOrganizationId: own.id, blockedOrganizationId: other.id } }),
    db.companyBlock.count({ where: { blockerOrganizationId: other.id, blockedOrganizationId: own.id } }),
  ]);
  return {
    id: enquiry.id,
    subject: enquiry.subject,
    status: enquiry.status,
    delivery: enquiry.delivery,
    closedAt: enquiry.closedAt,
    createdAt: enquiry.createdAt,
    side,
    own,
    other,
    weBlockThem: weBlockThem > 0,
    theyBlockUs: theyBlockUs > 0,
    messages: enquiry.messages.map((m) => ({
      id: m.id,
      authorName: m.authorName,
      authorCompany: m.authorOrganizationId === own.id ? own.name : other.name,
      mine: m.authorOrganizationId === own.id,
      unread: m.authorOrganizationId !== own.id && (!readAt || m.createdAt > readAt),
      body: m.body,
      createdAt: m.createdAt,
      attachment: m.attachment,
    })),
  };
}

export type ThreadView = NonNullable<Awaited<ReturnType<typeof threadForReader>>>;

/**
 * Marks the thread read for the reader's company up to the newest message shown, so a message
 * that arrives meanwhile stays unread. True if there was something unread.
 */
export async function markThreadRead(user: Reader, thread: Pick<ThreadView, "id" | "side" | "own" | "messages">) {
  if (!user || !can(user, "enquiry.read", { organizationId: thread.own.id })) return false;
  const newest = thread.messages.at(-1)?.createdAt;
  if (!newest) return false;
  const where =
    thread.side === "sender"
      ? {
          id: thread.id,
          senderOrganizationId: thread.own.id,
          OR: [{ senderReadAt: null }, { senderReadAt: { lt: newest } }],
        }
      : {
          id: thread.id,
          recipientOrganizationId: thread.own.id,
          OR: [{ recipientReadAt: null }, { recipientReadAt: { lt: newest } }],
        };
  const { count } = await db.enquiry.updateMany({
    where,
    data: thread.side === "sender" ? { senderReadAt: newest } : { recipientReadAt: newest },
  });
  return count > 0;
}

/** The file of a message, for the download route; null unless the user takes part in the thread. */
export async function attachmentForReader(user: Reader, messageId: string) {
  const organizationIds = inboxOrganizationIds(user);
  if (!organizationIds.length || messageId.length > 64) return null;
  const message = await db.enquiryMessage.findFirst({
    where: {
      id: messageId,
      enquiry: {
        OR: [
          { senderOrganizationId: { in: organizationIds } },
          { recipientOrganizationId: { in: organizationIds }, delivery: { not: "UNDELIVERABLE" } },
        ],
      },
    },
    select: { attachment: { select: { fileName: true, contentType: true, size: true, data: true } } },
  });
  return message?.attachment ?? null;
}

/** Companies this one has blocked, for the list with "unblock" buttons. */
export async function blockedCompanies(user: Reader, organizationId: string) {
  if (!user || !can(user, "enquiry.read", { organizationId })) return [];
  const blocks = await db.companyBlock.findMany({
    where: { blockerOrganizationId: organizationId },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true, blocked: { select: { id: true, name: true, slug: true } } },
  });
  return blocks.map((b) => ({ ...b.blocked, blockedAt: b.createdAt }));
}

/** The companies the user may send enquiries for. */
export async function enquirySenders(user: Reader) {
  if (!user) return [];
  const ids = user.memberships
    .filter((m) => can(user, "enquiry.send", { organizationId: m.organizationId }))
    .map((m) => m.organizationId);
  if (!ids.length) return [];
  const companies = await db.organization.findMany({
    where: { id: { in: ids }, kind: "COMPANY" },
    select: { id: true, name: true, slug: true, status: true },
  });
  // In the order the user joined them, like the company switcher elsewhere in the account.
  return companies.sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id));
}

/** The companies behind `?to=` slugs that can receive enquiries, in the order given. */
export async function enquiryRecipientsBySlug(slugs: readonly string[]) {
  const wanted = [...new Set(slugs.filter((s) => s.length > 0 && s.length <= 200))].slice(0, 50);
  if (!wanted.length) return { found: [], missing: [] as string[] };
  const companies = await db.organization.findMany({
    where: { slug: { in: wanted }, kind: "COMPANY", status: "PUBLISHED" },
    select: { id: true, name: true, slug: true, city: true, country: true },
  });
  // How each would be reached; the contact address itself stays on the server.
  const routes = await recipientRoutes(
    db,
    companies.map((c) => c.id),
  );
  const bySlug = new Map(companies.map((c) => [c.slug, { ...c, route: routes.get(c.id)?.route ?? "none" }]));
  return {
    found: wanted.flatMap((s) => (bySlug.has(s) ? [bySlug.get(s)!] : [])),
    missing: wanted.filter((s) => !bySlug.has(s)),
  };
}

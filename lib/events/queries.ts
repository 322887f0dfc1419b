import "server-only";
import { db } from "@/lib/db";

const organizerSelect = { select: { name: true, slug: true, city: true, country: true } } as const;

export async function upcomingEvents(take = 20) {
  return db.event.findMany({
    where: { status: "PUBLISHED", endsAt: { gte: new Date() } },
    include: { organizer: organizerSelect },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take,
  });
}

export async function getPublishedEventBySlug(slug: string) {
  return db.event.findFirst({
    where: { slug, status: { in: ["PUBLISHED", "CANCELLED"] } },
    include: {
      organizer: organizerSelect,
      registrations: {
        where: { status: "CONFIRMED", listed: true, organization: { status: "PUBLISHED" } },
        include: { organization: { select: { name: true, slug: true, country: true, city: true } } },
        orderBy: { createdAt: "asc" },
      },
      _count: { select: { registrations: { where: { status: "CONFIRMED" } } } },
    },
  });
}

export type EventListItem = Awaited<ReturnType<typeof upcomingEvents>>[number];
export type EventDetail = NonNullable<Awaited<ReturnType<typeof getPublishedEventBySlug>>>;

// SPDX-License-Identifier: EUPL-1.2
import type { Db } from "../db/prisma";
import { baseSlug } from "../companies/slug";
import { enqueueSearchUpdates } from "../search/outbox";
import { zonedToUtc } from "../time/zoned";
import { demoEvents } from "./demo-data";

/** Creates the organizer organisations and their upcoming events; running it again refreshes them. */
export async function seedEvents(db: Db, now = new Date()): Promise<number> {
  const events = demoEvents();
  await db.$transaction(async (tx) => {
    const eventIds: string[] = [];
    for (const e of events) {
      const orgSlug = baseSlug(e.organizerName);
      const organizer = await tx.organization.upsert({
        where: { slug: orgSlug },
        create: {
          slug: orgSlug,
          kind: "INSTITUTION",
          name: e.organizerName,
          country: e.organizerCountry,
          city: e.organizerCity,
          status: "PUBLISHED",
          publishedAt: now,
          languages: e.languages,
        },
        update: {},
      });
      const day = new Date(now.getTime() + e.startsInDays * 86_400_000);
      const startsAt = zonedToUtc(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), e.startHourLocal, 0, "Europe/Berlin");
      const endsAt = new Date(startsAt.getTime() + e.durationHours * 3_600_000);
      const data = {
        organizerId: organizer.id,
        type: e.type,
        titleDe: e.title.de ?? null,
        titleCs: e.title.cs ?? null,
        titleEn: e.title.en ?? null,
        descriptionDe: e.description.de ?? null,
        descriptionCs: e.description.cs ?? null,
        descriptionEn: e.description.en ?? null,
        startsAt,
        endsAt,
        venueName: e.venueName ?? null,
        address: e.address ?? null,
        city: e.city ?? null,
        country: e.city ? e.organizerCountry : null,
        onlineUrl: e.onlineUrl ?? null,
        languages: e.languages,
        capacity: e.capacity,
        registrationClosesAt: new Date(startsAt.getTime() - 2 * 86_400_000),
        meetingsEnabled: e.meetingsEnabled,
        meetingMinutes: e.meetingsEnabled ? 20 : null,
        tableCount: e.meetingsEnabled ? 15 : null,
        status: "PUBLISHED" as const,
      };
      // Matchmaking days hold their 1:1 meetings in the morning block, half an hour after the doors open.
      const windows = e.meetingsEnabled
        ? [{ startsAt: new Date(startsAt.getTime() + 30 * 60_000), endsAt: new Date(startsAt.getTime() + Math.min(4, e.durationHours) * 3_600_000) }]
        : [];
      const event = await tx.event.upsert({
        where: { slug: e.slug },
        create: { slug: e.slug, ...data, meetingWindows: { create: windows } },
        update: { ...data, meetingWindows: { deleteMany: {}, create: windows } },
      });
      eventIds.push(event.id);
    }
    await enqueueSearchUpdates(tx, "EVENT", eventIds);
  });
  return events.length;
}

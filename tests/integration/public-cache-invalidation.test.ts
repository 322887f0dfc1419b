// SPDX-License-Identifier: EUPL-1.2
/**
 * Cached public data follows the changes behind it on every instance. The cache handler here
 * learns of changes only through PostgreSQL, as a second `next start` instance would: the writes
 * go through their own client, as they would on another instance.
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "../../lib/db/prisma";
import { enqueueSearchUpdates } from "../../lib/search/outbox";
import { createSearchEngine } from "../../lib/search/engine-factory";
import { drainOutbox } from "../../lib/search/worker";
import { PUBLIC_TAGS } from "../../lib/cache/public-tags";
import { decodeFromCache, encodeForCache } from "../../lib/cache/cached-query";
import { createTestDatabase, type TestDatabase } from "./support/database";

let t: TestDatabase;
let other: ReturnType<typeof createPrismaClient>;
let Handler: typeof import("../../lib/cache/shared-cache-handler.mjs").default;
let heardSince: typeof import("../../lib/cache/shared-cache-handler.mjs").tagExpiredSince;

const fetchEntry = (data: string) => ({ kind: "FETCH", data: { headers: {}, body: data, status: 200 }, revalidate: 600 });

async function companyId(): Promise<string> {
  const org = await t.db.organization.create({
    data: { kind: "COMPANY", slug: `cache-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`, name: "Zwischenlager GmbH", country: "DE", status: "PUBLISHED", publishedAt: new Date() },
  });
  return org.id;
}

/** Waits until the handler has heard of an invalidation of `tag`, sent after `since`. */
async function heard(tag: string, since: number) {
  await expect.poll(() => heardSince(tag, since), { timeout: 5_000, interval: 25 }).toBe(true);
}

beforeAll(async () => {
  t = await createTestDatabase();
  // The handler reads the database address as Next.js loads it: from the environment.
  process.env.DATABASE_URL = t.url;
  ({ default: Handler, tagExpiredSince: heardSince } = await import("../../lib/cache/shared-cache-handler.mjs"));
  other = createPrismaClient(t.url, 2);
  // The handler starts listening when Next.js creates its first one; wait until it hears.
  new Handler();
  for (let tries = 0; ; tries++) {
    const since = Date.now();
    await other.$executeRaw`SELECT pg_notify('public_cache', 'probe')`;
    await new Promise((r) => setTimeout(r, 100));
    if (heardSince("probe", since)) break;
    if (tries > 100) throw new Error("the cache handler never started listening");
  }
});

afterAll(async () => {
  await other?.$disconnect();
  await t?.drop();
});

describe("the shared cache handler", () => {
  it("drops a cached profile when another instance commits an edit of the company, and keeps it when the edit rolls back", async () => {
    const cache = new Handler();
    const id = await companyId();
    await cache.set("profile", fetchEntry("Zwischenlager GmbH"), { tags: [PUBLIC_TAGS.companies] });
    expect((await cache.get("profile", { tags: [PUBLIC_TAGS.companies] }))?.value).toMatchObject({ data: { body: "Zwischenlager GmbH" } });

    // An edit that fails after its outbox row: nothing changed, so nothing is dropped.
    const beforeRollback = Date.now();
    await expect(
      other.$transaction(async (tx) => {
        await tx.organization.update({ where: { id }, data: { name: "Verworfen GmbH" } });
        await enqueueSearchUpdates(tx, "COMPANY", [id]);
        throw new Error("the edit fails");
      }),
    ).rejects.toThrow("the edit fails");
    // An unrelated change sent after it: once it has arrived, a notification from the rolled-back edit would have too.
    await other.$transaction(async (tx) => enqueueSearchUpdates(tx, "EVENT", ["no-such-event"]));
    await heard(PUBLIC_TAGS.events, beforeRollback);
    expect(heardSince(PUBLIC_TAGS.companies, beforeRollback)).toBe(false);
    expect(await cache.get("profile", { tags: [PUBLIC_TAGS.companies] })).not.toBeNull();

    // The committed edit reaches this instance and the stale profile is no longer served.
    const beforeEdit = Date.now();
    await other.$transaction(async (tx) => {
      await tx.organization.update({ where: { id }, data: { name: "Umbenannt GmbH" } });
      await enqueueSearchUpdates(tx, "COMPANY", [id]);
    });
    await heard(PUBLIC_TAGS.companies, beforeEdit);
    expect(await cache.get("profile", { tags: [PUBLIC_TAGS.companies] })).toBeNull();

    // What is cached after the edit is served again.
    await cache.set("profile", fetchEntry("Umbenannt GmbH"), { tags: [PUBLIC_TAGS.companies] });
    expect((await cache.get("profile", { tags: [PUBLIC_TAGS.companies] }))?.value).toMatchObject({ data: { body: "Umbenannt GmbH" } });
  });

  it("drops a published listing's company pages and a deleted event's lists, but not each other's", async () => {
    const cache = new Handler();
    await cache.set("directory", fetchEntry("directory"), { tags: [PUBLIC_TAGS.companies] });
    await cache.set("events", fetchEntry("events"), { tags: [PUBLIC_TAGS.events] });
    const since = Date.now();
    await other.$transaction(async (tx) => enqueueSearchUpdates(tx, "LISTING", ["some-listing"]));
    await heard(PUBLIC_TAGS.companies, since);
    expect(await cache.get("directory", { tags: [PUBLIC_TAGS.companies] })).toBeNull();
    expect(await cache.get("events", { tags: [PUBLIC_TAGS.events] })).not.toBeNull();

    const deleted = Date.now();
    await other.$transaction(async (tx) => enqueueSearchUpdates(tx, "EVENT", ["deleted-event"]));
    await heard(PUBLIC_TAGS.events, deleted);
    expect(await cache.get("events", { tags: [PUBLIC_TAGS.events] })).toBeNull();
  });

  it("drops cached search results once the search index has a change, not when the change commits", async () => {
    const cache = new Handler();
    const searchTags = { tags: [PUBLIC_TAGS.search] };
    await cache.set("results", fetchEntry("Zwischenlager GmbH: 0 results"), searchTags);
    const id = await companyId();
    const since = Date.now();
    await other.$transaction((tx) => enqueueSearchUpdates(tx, "COMPANY", [id]));
    await heard(PUBLIC_TAGS.companies, since);
    // Results rendered now would come from the index as it was: the old ones are as good.
    expect(heardSince(PUBLIC_TAGS.search, since)).toBe(false);
    expect(await cache.get("results", searchTags)).not.toBeNull();

    // Another instance's search worker indexes the company.
    await drainOutbox(other, createSearchEngine(other));
    await heard(PUBLIC_TAGS.search, since);
    expect(await cache.get("results", searchTags)).toBeNull();
  });

  it("tells the other instances when this one revalidates a tag itself", async () => {
    const listener = new pg.Client({ connectionString: t.url });
    await listener.connect();
    const received = new Promise<string | undefined>((resolve) => listener.on("notification", (m) => resolve(m.payload)));
    await listener.query("LISTEN public_cache");
    await new Handler().revalidateTag([PUBLIC_TAGS.institutions]);
    expect(await received).toBe(PUBLIC_TAGS.institutions);
    await listener.end();
  });
});

describe("cached query results", () => {
  it("come back with their dates as dates", () => {
    const published = new Date("2026-03-01T08:30:00.000Z");
    const back = decodeFromCache<{ name: string; publishedAt: Date; listings: { validUntil: Date | null }[] }>(
      encodeForCache({ name: "Zwischenlager GmbH", publishedAt: published, listings: [{ validUntil: null }] }),
    );
    expect(back.publishedAt).toBeInstanceOf(Date);
    expect(back.publishedAt.getTime()).toBe(published.getTime());
    expect(back.listings[0].validUntil).toBeNull();
  });
});

// SPDX-License-Identifier: EUPL-1.2
/**
 * The shared cache handler within one process: it orders stores and invalidations by when they
 * happened, not by the clock's millisecond (on a fast machine both fall into the same one), and
 * it keeps its entries within a number and a size. Without a database the handler keeps
 * invalidations within the process, which is all this needs.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import Handler, { setCacheLimits } from "../../lib/cache/shared-cache-handler.mjs";

const entry = (body: string) => ({ kind: "FETCH", data: { headers: {}, body, status: 200 }, revalidate: 600 });
const tags = { tags: ["public:companies"] };

describe("the shared cache handler's order of events", () => {
  beforeEach(() => {
    // Invalidations stay within the process, whatever the environment running the tests holds.
    vi.stubEnv("DATABASE_URL", "");
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-12-06T12:00:00Z"));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllEnvs();
  });

  it("drops an entry invalidated in the millisecond it was stored", async () => {
    const cache = new Handler();
    await cache.set("same-ms-stale", entry("old"), tags);
    await cache.revalidateTag("public:companies");
    expect(await cache.get("same-ms-stale", tags)).toBeNull();
  });

  it("serves an entry stored after an invalidation in the same millisecond", async () => {
    const cache = new Handler();
    await cache.revalidateTag("public:companies");
    await cache.set("same-ms-fresh", entry("new"), tags);
    expect((await cache.get("same-ms-fresh", tags))?.value).toMatchObject({ data: { body: "new" } });
  });

  it("does not serve a page whose render began before an invalidation arrived", async () => {
    const cache = new Handler();
    // Next.js looks the page up, finds nothing and renders it; meanwhile a company is edited.
    expect(await cache.get("render-race", tags)).toBeNull();
    await cache.revalidateTag("public:companies");
    await cache.set("render-race", entry("rendered from the old data"), tags);
    expect(await cache.get("render-race", tags)).toBeNull();
    // The next render began after the edit.
    await cache.set("render-race", entry("rendered from the new data"), tags);
    expect((await cache.get("render-race", tags))?.value).toMatchObject({ data: { body: "rendered from the new data" } });
  });

  it("needs one render after an invalidation, not two", async () => {
    const cache = new Handler();
    await cache.set("hot", entry("before"), tags);
    expect(await cache.get("hot", tags)).not.toBeNull();
    await cache.revalidateTag("public:companies");
    expect(await cache.get("hot", tags)).toBeNull();
    await cache.set("hot", entry("after"), tags);
    expect((await cache.get("hot", tags))?.value).toMatchObject({ data: { body: "after" } });
  });

  it("keeps entries whose tags were not invalidated", async () => {
    const cache = new Handler();
    await cache.set("events", entry("events"), { tags: ["public:events"] });
    await cache.revalidateTag("public:companies");
    expect(await cache.get("events", { tags: ["public:events"] })).not.toBeNull();
  });
});

describe("the shared cache handler's room", () => {
  beforeEach(() => {
    vi.stubEnv("DATABASE_URL", "");
    setCacheLimits({ entries: 100, bytes: 10_000 });
  });
  afterEach(() => {
    setCacheLimits();
    vi.unstubAllEnvs();
  });

  // A page entry as Next.js stores it: HTML as text, RSC data as bytes, segments in a Map.
  const page = (kb: number) => ({
    kind: "APP_PAGE",
    html: "x".repeat(kb * 500),
    rscData: Buffer.alloc(kb * 250),
    segmentData: new Map([["/_tree", Buffer.alloc(kb * 250)]]),
    headers: {},
    status: 200,
  });

  it("lets the oldest pages go when their size together passes the limit, however few they are", async () => {
    const cache = new Handler();
    // Each page is a little over 2,000 bytes: four fit into 10,000, the fifth pushes the first out.
    const keys = [2, 3, 4, 5, 6].map((n) => `/de/companies/directory/all/${n}`);
    for (const key of keys) await cache.set(key, page(2), {});
    expect(await cache.get(keys[0], {})).toBeNull();
    for (const key of keys.slice(1)) expect((await cache.get(key, {}))?.value).toMatchObject({ kind: "APP_PAGE" });
  });

  it("does not keep a value too large for a quarter of the room, and keeps what was there", async () => {
    const cache = new Handler();
    await cache.set("/de", page(2), {});
    await cache.set("/de/search/huge", page(3), {});
    expect(await cache.get("/de/search/huge", {})).toBeNull();
    expect(await cache.get("/de", {})).not.toBeNull();
  });

  it("frees the room of a replaced entry", async () => {
    const cache = new Handler();
    for (let i = 0; i < 20; i++) await cache.set("/de", page(2), {});
    await cache.set("/cs", page(2), {});
    expect(await cache.get("/de", {})).not.toBeNull();
    expect(await cache.get("/cs", {})).not.toBeNull();
  });

  it("keeps at most the given number of entries", async () => {
    setCacheLimits({ entries: 2, bytes: 10_000 });
    const cache = new Handler();
    for (const key of ["a", "b", "c"]) await cache.set(key, { kind: "FETCH", data: { body: key } }, {});
    expect(await cache.get("a", {})).toBeNull();
    expect(await cache.get("b", {})).not.toBeNull();
    expect(await cache.get("c", {})).not.toBeNull();
  });
});

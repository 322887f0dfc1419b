// SPDX-License-Identifier: EUPL-1.2
/**
 * The shared cache handler orders stores and invalidations by when they happened, not by the
 * clock's millisecond: on a fast machine both fall into the same one. Without a database the
 * handler keeps invalidations within the process, which is all this needs.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import Handler from "../../lib/cache/shared-cache-handler.mjs";

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

  it("keeps entries whose tags were not invalidated", async () => {
    const cache = new Handler();
    await cache.set("events", entry("events"), { tags: ["public:events"] });
    await cache.revalidateTag("public:companies");
    expect(await cache.get("events", { tags: ["public:events"] })).not.toBeNull();
  });
});

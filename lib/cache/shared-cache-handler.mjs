// SPDX-License-Identifier: EUPL-1.2
/**
 * Next.js's server cache (`cacheHandler` in next.config.ts): what `unstable_cache` and cached
 * routes store. Entries stay in this process's memory; what is shared between instances is which
 * tags have been invalidated. An invalidation travels as a PostgreSQL notification on the channel
 * PUBLIC_CACHE_CHANNEL, sent in the same transaction as the change (lib/cache/public-tags.ts), so
 * every instance hears of it when, and only when, the change commits. `revalidateTag()` in this
 * process notifies the others the same way.
 *
 * Loaded by Next.js itself at build and at run time, outside the app's TypeScript bundle, so it
 * is plain JavaScript and reads DATABASE_URL through the settings' plain JavaScript part
 * (scripts/with-db.ts or the service's configuration sets it). Without a database (during
 * `next build`), invalidations stay within the process.
 */
import pg from "pg";
import { databaseUrlFromEnvironment } from "../env/database-url.mjs";

export const PUBLIC_CACHE_CHANNEL = "public_cache";
/** Tag invalidations arrive as this character joining tag names (tags never contain it). */
export const TAG_SEPARATOR = " ";

/**
 * How much the entries may hold together. Addresses can be made up (a directory page far beyond
 * the last, a query), and each rendered page is some hundred kilobytes of HTML and RSC data: a
 * bound on the number of entries alone would let them take half a gigabyte. Sizes are estimated
 * from the entry's strings (by length) and buffers (by bytes).
 */
const DEFAULT_LIMITS = { entries: 2_000, bytes: 128 * 1024 * 1024 };
const RECONNECT_MS = 1_000;
const now = () => Date.now();

/**
 * Shared by every handler object: Next.js creates one per request, but entries and the listening
 * connection belong to the process. Kept on globalThis so a second copy of this module (Next.js
 * may load it through more than one path) still shares them.
 *
 * Order is kept by a counter, not the clock: an entry stored in the same millisecond as an
 * invalidation arrived is still known to come after it (or before it), so nothing fresh is
 * thrown away and nothing stale survives.
 */
const state = (globalThis[Symbol.for("portal.shared-cache.v2")] ??= {
  /** key → entry, oldest first (Map keeps insertion order, and a re-set entry moves to the end). */
  entries: new Map(),
  /** The estimated size of all entries together. */
  bytes: 0,
  limits: { ...DEFAULT_LIMITS },
  /** Events in this process, in the order they happened: stores, invalidations, flushes. */
  sequence: 0,
  /** tag → { sequence, at }: entries stored before that event are invalid; `at` is the wall time. */
  expired: new Map(),
  /**
   * key → the event when the key was first looked up since it was last stored. Next.js looks a
   * key up, renders (or queries) when it is missing or old, and stores the result: what it stores
   * is as old as that lookup. An invalidation that arrives during the render makes it stale.
   */
  lookedUp: new Map(),
  /** Entries stored before this event are invalid: set when the listener lost notifications. */
  flushedAt: 0,
  listener: null,
  notifier: null,
});

const nextEvent = () => ++state.sequence;

/** A rough size of a cached value: its strings and buffers, a few levels deep. */
function sizeOf(value, depth = 0) {
  if (value === null || value === undefined) return 0;
  if (typeof value === "string") return value.length;
  if (value instanceof Uint8Array) return value.byteLength;
  if (typeof value !== "object" || depth > 4) return 8;
  let size = 0;
  for (const item of value instanceof Map ? value.values() : Object.values(value)) size += sizeOf(item, depth + 1);
  return size;
}

function remove(key) {
  const entry = state.entries.get(key);
  if (!entry) return;
  state.entries.delete(key);
  state.bytes -= entry.size;
}

function expireTags(tags) {
  const event = { sequence: nextEvent(), at: now() };
  for (const tag of tags) state.expired.set(tag, event);
}

function flush() {
  state.flushedAt = nextEvent();
}

function isExpired(tags, storedAt) {
  if (storedAt < state.flushedAt) return true;
  for (const tag of tags) {
    const event = state.expired.get(tag);
    if (event !== undefined && event.sequence > storedAt) return true;
  }
  return false;
}

function listen(url) {
  if (state.listener) return;
  const client = new pg.Client({ connectionString: url, application_name: "portal-cache-listener" });
  state.listener = client;
  let lost = false;
  const reconnect = () => {
    if (lost) return;
    lost = true;
    client.removeAllListeners();
    client.end().catch(() => {});
    state.listener = null;
    // Notifications sent while nobody listened are gone: nothing cached until now can be trusted.
    flush();
    setTimeout(() => listen(url), RECONNECT_MS).unref();
  };
  client.on("notification", (message) => {
    if (message.channel === PUBLIC_CACHE_CHANNEL && message.payload) expireTags(message.payload.split(TAG_SEPARATOR));
  });
  client.on("error", reconnect);
  client.on("end", reconnect);
  client
    .connect()
    .then(() => client.query(`LISTEN ${PUBLIC_CACHE_CHANNEL}`))
    .then(() => {
      // Anything cached while the connection was being made may have missed a notification.
      flush();
      // The connection must not keep a finishing process (a script, a test) alive.
      client.connection?.stream?.unref?.();
    })
    .catch(reconnect);
}

function notifyOthers(url, tags) {
  if (!state.notifier) {
    state.notifier = new pg.Pool({ connectionString: url, max: 1, application_name: "portal-cache-notifier" });
    // An idle connection's error is not a request's: the next query reconnects.
    state.notifier.on("error", () => {});
  }
  return state.notifier
    .query("SELECT pg_notify($1, $2)", [PUBLIC_CACHE_CHANNEL, tags.join(TAG_SEPARATOR)])
    .then(() => undefined)
    .catch((e) => console.error("[cache] could not tell other instances about changed data:", e.message));
}

/** The tags an entry answers to: its own and, for cached routes, those the render collected. */
function tagsOf(entry, ctx) {
  const tags = [...(entry.tags ?? []), ...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])];
  const header = entry.value?.headers?.["x-next-cache-tags"];
  if (typeof header === "string") tags.push(...header.split(","));
  return tags;
}

export default class SharedCacheHandler {
  constructor() {
    const url = databaseUrlFromEnvironment();
    if (url) listen(url);
  }

  async get(key, ctx) {
    const entry = state.entries.get(key);
    const stale = entry !== undefined && isExpired(tagsOf(entry, ctx), entry.storedAt);
    // A render of an invalidated entry starts now; otherwise the first lookup since the key was
    // stored counts (a missing key's first render, or the background render of an old entry).
    if (stale) state.lookedUp.delete(key);
    if (!state.lookedUp.has(key)) {
      state.lookedUp.set(key, state.sequence);
      // Keys looked up and never stored (pages that are not cached) must not pile up.
      if (state.lookedUp.size > state.limits.entries * 2) state.lookedUp.delete(state.lookedUp.keys().next().value);
    }
    if (!entry) return null;
    if (stale) {
      remove(key);
      return null;
    }
    return { value: entry.value, lastModified: entry.lastModified, cacheControl: entry.cacheControl };
  }

  async set(key, data, ctx) {
    const lookedUpAt = state.lookedUp.get(key);
    state.lookedUp.delete(key);
    remove(key);
    if (data === null) return;
    const size = sizeOf(data) + key.length;
    // One value larger than a quarter of the room would push out most of what is cached.
    if (size > state.limits.bytes / 4) return;
    state.entries.set(key, {
      value: data,
      size,
      // As old as the lookup that started its render, when there was one.
      storedAt: lookedUpAt ?? nextEvent(),
      lastModified: now(),
      tags: ctx?.tags ?? [],
      cacheControl: ctx?.cacheControl,
    });
    state.bytes += size;
    // Oldest first out.
    while (state.entries.size > state.limits.entries || state.bytes > state.limits.bytes) {
      remove(state.entries.keys().next().value);
    }
  }

  async revalidateTag(tags) {
    const list = (typeof tags === "string" ? [tags] : tags).filter(Boolean);
    if (!list.length) return;
    expireTags(list);
    const url = databaseUrlFromEnvironment();
    if (url) await notifyOthers(url, list);
  }

  resetRequestCache() {}
}

/** For tests: whether this process has heard of an invalidation of the tag at or after `since`. */
export function tagExpiredSince(tag, since) {
  return (state.expired.get(tag)?.at ?? -1) >= since;
}

/** For tests: other limits than the defaults (none: the defaults again); empties the cache. */
export function setCacheLimits(limits) {
  state.limits = { ...DEFAULT_LIMITS, ...limits };
  state.entries.clear();
  state.lookedUp.clear();
  state.bytes = 0;
}

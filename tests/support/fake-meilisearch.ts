// SPDX-License-Identifier: EUPL-1.2
/**
 * A small Meilisearch stand-in on loopback, so the real client runs end to end in tests. It
 * imitates the routes the engine uses as a server of the given version answers them: settings
 * and swap fields that version does not know are refused with the server's error codes, search
 * returns only the requested attributes, tasks end as enqueued, succeeded, failed or canceled,
 * and API keys are limited to their actions. Ranking and filters are not imitated.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

type Doc = Record<string, unknown>;

export interface FakeIndex {
  primaryKey: string | null;
  settings: Record<string, unknown>;
  documents: Map<string, Doc>;
}

interface Task {
  uid: number;
  indexUid: string | null;
  type: string;
  status: "enqueued" | "processing" | "succeeded" | "failed" | "canceled";
  error: { message: string; code: string; type: string; link: string } | null;
  enqueuedAt: string;
}

/** What happens to a task instead of running it: never finishes, is canceled, or fails. */
export type TaskFate = "stuck" | "canceled" | { code: string; message: string } | undefined;

export interface FakeMeilisearchOptions {
  /** As `GET /version` reports it, e.g. "1.14.2". */
  version: string;
  /** Bearer keys and the actions each may perform; without it every request is accepted. */
  keys?: Record<string, readonly string[]>;
  taskFate?: (task: { type: string; indexUid: string | null }) => TaskFate;
  /** Requests for which the connection drops without an answer, as when the server dies. */
  drop?: (method: string, path: string) => boolean;
}

export interface FakeMeilisearch {
  url: string;
  indexes: Map<string, FakeIndex>;
  /** Every request the server answered or dropped, in order. */
  requests: { method: string; path: string; body: unknown }[];
  close(): Promise<void>;
}

const ERROR_TYPES: Record<string, string> = {
  index_not_found: "invalid_request",
  index_already_exists: "invalid_request",
  invalid_settings_typo_tolerance: "invalid_request",
  bad_request: "invalid_request",
  missing_authorization_header: "auth",
  invalid_api_key: "auth",
};

const apiError = (code: string, message: string) => ({
  message,
  code,
  type: ERROR_TYPES[code] ?? "internal",
  link: `https://docs.meilisearch.com/errors#${code}`,
});

function versionAtLeast(version: string, min: string): boolean {
  const [a, b] = [version, min].map((v) => v.split(".").map((n) => parseInt(n, 10) || 0));
  for (let i = 0; i < 3; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  return true;
}

/** Which action a route needs, as in Meilisearch's key documentation; null for public routes. */
function actionOf(method: string, path: string): string | null {
  if (path === "/health") return null;
  if (path === "/version") return "version";
  if (path === "/swap-indexes") return "indexes.swap";
  if (path.startsWith("/tasks")) return "tasks.get";
  if (path === "/indexes") return method === "POST" ? "indexes.create" : "indexes.get";
  const sub = path.split("/").slice(3).join("/");
  if (sub === "") return method === "DELETE" ? "indexes.delete" : "indexes.get";
  if (sub === "stats") return "stats.get";
  if (sub === "search") return "search";
  if (sub.startsWith("settings")) return method === "GET" ? "settings.get" : "settings.update";
  if (sub === "documents") return method === "GET" ? "documents.get" : "documents.add";
  if (sub.startsWith("documents/delete")) return "documents.delete";
  return "unknown";
}

const TYPO_FIELDS = ["enabled", "minWordSizeForTypos", "disableOnWords", "disableOnAttributes"];
const SETTINGS_FIELDS = [
  "displayedAttributes",
  "searchableAttributes",
  "filterableAttributes",
  "sortableAttributes",
  "rankingRules",
  "stopWords",
  "nonSeparatorTokens",
  "separatorTokens",
  "dictionary",
  "synonyms",
  "distinctAttribute",
  "proximityPrecision",
  "typoTolerance",
  "faceting",
  "pagination",
  "embedders",
  "searchCutoffMs",
];

export async function startFakeMeilisearch(opts: FakeMeilisearchOptions): Promise<FakeMeilisearch> {
  const indexes = new Map<string, FakeIndex>();
  const tasks: Task[] = [];
  const requests: FakeMeilisearch["requests"] = [];
  const has = (min: string) => versionAtLeast(opts.version, min);

  /** Validates a settings body the way the server's deserializer does, before any task exists. */
  function settingsError(body: Record<string, unknown>) {
    const fields = [...SETTINGS_FIELDS, ...(has("1.10.0") ? ["localizedAttributes"] : [])];
    for (const key of Object.keys(body))
      if (!fields.includes(key))
        return apiError(
          "bad_request",
          `Unknown field \`${key}\`: expected one of ${fields.map((f) => `\`${f}\``).join(", ")}`,
        );
    const typo = body.typoTolerance as Record<string, unknown> | undefined;
    const typoFields = [...TYPO_FIELDS, ...(has("1.15.0") ? ["disableOnNumbers"] : [])];
    for (const key of Object.keys(typo ?? {}))
      if (!typoFields.includes(key))
        return apiError(
          "invalid_settings_typo_tolerance",
          `Unknown field \`${key}\` inside \`.typoTolerance\`: expected one of ${typoFields.map((f) => `\`${f}\``).join(", ")}`,
        );
    return null;
  }

  function swapError(body: unknown) {
    if (!Array.isArray(body)) return apiError("bad_request", "Invalid value type: expected an array");
    const fields = ["indexes", ...(has("1.18.0") ? ["rename"] : [])];
    for (const [i, swap] of body.entries())
      for (const key of Object.keys(swap as object))
        if (!fields.includes(key))
          return apiError(
            "bad_request",
            `Unknown field \`${key}\` inside \`[${i}]\`: expected one of ${fields.map((f) => `\`${f}\``).join(", ")}`,
          );
    return null;
  }

  function createIndex(uid: string, primaryKey: string | null = null) {
    const index: FakeIndex = { primaryKey, settings: {}, documents: new Map() };
    indexes.set(uid, index);
    return index;
  }

  /** Queues a task; unless its fate says otherwise it runs at once, as on an idle server. */
  function enqueue(indexUid: string | null, type: string, run: () => void) {
    const task: Task = {
      uid: tasks.length,
      indexUid,
      type,
      status: "enqueued",
      error: null,
      enqueuedAt: new Date().toISOString(),
    };
    tasks.push(task);
    const fate = opts.taskFate?.({ type, indexUid });
    if (fate === "canceled") task.status = "canceled";
    else if (typeof fate === "object")
      Object.assign(task, { status: "failed", error: apiError(fate.code, fate.message) });
    else if (fate !== "stuck") {
      try {
        run();
        task.status = "succeeded";
      } catch (e) {
        const { code, message } = e as { code: string; message: string };
        Object.assign(task, { status: "failed", error: apiError(code, message) });
      }
    }
    return { taskUid: task.uid, indexUid, status: "enqueued", type, enqueuedAt: task.enqueuedAt };
  }

  const fail = (code: string, message: string) => Object.assign(new Error(message), { code });
  const indexOf = (uid: string) => {
    const index = indexes.get(uid);
    if (!index) throw fail("index_not_found", `Index \`${uid}\` not found.`);
    return index;
  };
  const orCreate = (uid: string) => indexes.get(uid) ?? createIndex(uid);

  function search(index: FakeIndex, body: Record<string, unknown>) {
    const words =
      typeof body.q === "string"
        ? body.q
            .toLowerCase()
            .split(/[^\p{L}\p{N}]+/u)
            .filter(Boolean)
        : [];
    const matching = [...index.documents.values()].filter((d) => {
      const text = JSON.stringify(d).toLowerCase();
      return words.every((w) => text.includes(w));
    });
    const retrieve = body.attributesToRetrieve as string[] | undefined;
    const pick = (d: Doc) =>
      Object.fromEntries(
        Object.entries(d).filter(([k]) => !retrieve || retrieve.includes("*") || retrieve.includes(k)),
      );
    const hitsPerPage = Number(body.hitsPerPage ?? 20);
    const page = Number(body.page ?? 1);
    const hits = matching.slice((page - 1) * hitsPerPage, page * hitsPerPage).map((d) => {
      const shown = pick(d);
      return { ...shown, _formatted: { ...shown } };
    });
    return {
      hits,
      query: body.q ?? "",
      processingTimeMs: 0,
      hitsPerPage,
      page,
      totalPages: Math.ceil(matching.length / hitsPerPage),
      totalHits: matching.length,
      facetDistribution: {},
    };
  }

  function route(method: string, path: string, query: URLSearchParams, body: unknown): [number, unknown] {
    const parts = path.split("/").filter(Boolean);
    if (method === "GET" && path === "/health") return [200, { status: "available" }];
    if (method === "GET" && path === "/version")
      return [200, { pkgVersion: opts.version, commitSha: "fake", commitDate: "2026-01-01T00:00:00Z" }];
    if (method === "GET" && parts[0] === "tasks" && parts[1]) {
      const task = tasks[Number(parts[1])];
      if (!task) return [404, apiError("task_not_found", `Task \`${parts[1]}\` not found.`)];
      return [
        200,
        { ...task, batchUid: null, canceledBy: null, details: {}, duration: null, startedAt: null, finishedAt: null },
      ];
    }
    if (path === "/swap-indexes" && method === "POST") {
      const refused = swapError(body);
      if (refused) return [400, refused];
      const swaps = body as { indexes: [string, string] }[];
      return [
        202,
        enqueue(null, "indexSwap", () => {
          for (const {
            indexes: [a, b],
          } of swaps) {
            const ia = indexOf(a);
            const ib = indexOf(b);
            indexes.set(a, ib);
            indexes.set(b, ia);
          }
        }),
      ];
    }
    if (path === "/indexes" && method === "GET") {
      const all = [...indexes.entries()].map(([uid, i]) => ({
        uid,
        primaryKey: i.primaryKey,
        createdAt: "",
        updatedAt: "",
      }));
      const offset = Number(query.get("offset") ?? 0);
      const limit = Number(query.get("limit") ?? 20);
      return [200, { results: all.slice(offset, offset + limit), offset, limit, total: all.length }];
    }
    if (path === "/indexes" && method === "POST") {
      const { uid, primaryKey } = body as { uid: string; primaryKey?: string };
      return [
        202,
        enqueue(uid, "indexCreation", () => {
          if (indexes.has(uid)) throw fail("index_already_exists", `Index \`${uid}\` already exists.`);
          createIndex(uid, primaryKey ?? null);
        }),
      ];
    }
    const uid = parts[1];
    const sub = parts.slice(2).join("/");
    if (parts[0] !== "indexes" || !uid) return [404, apiError("not_found", "Not found")];
    if (method === "DELETE" && sub === "")
      return [
        202,
        enqueue(uid, "indexDeletion", () => {
          indexOf(uid);
          indexes.delete(uid);
        }),
      ];
    if (method === "GET" && sub === "stats") {
      const index = indexes.get(uid);
      if (!index) return [404, apiError("index_not_found", `Index \`${uid}\` not found.`)];
      return [200, { numberOfDocuments: index.documents.size, isIndexing: false, fieldDistribution: {} }];
    }
    if (method === "PATCH" && sub === "settings") {
      const refused = settingsError(body as Record<string, unknown>);
      if (refused) return [400, refused];
      return [
        202,
        enqueue(uid, "settingsUpdate", () => Object.assign(orCreate(uid).settings, body as Record<string, unknown>)),
      ];
    }
    if (method === "POST" && sub === "documents") {
      const docs = body as Doc[];
      return [
        202,
        enqueue(uid, "documentAdditionOrUpdate", () => {
          const index = orCreate(uid);
          index.primaryKey ??= query.get("primaryKey");
          for (const d of docs) index.documents.set(String(d[index.primaryKey!]), d);
        }),
      ];
    }
    if (method === "POST" && sub === "documents/delete-batch") {
      const ids = (body as unknown[]).map(String);
      return [202, enqueue(uid, "documentDeletion", () => ids.forEach((id) => indexOf(uid).documents.delete(id)))];
    }
    if (method === "POST" && sub === "documents/delete") {
      // Only the one filter shape the engine sends: organizationId IN ["a", "b"].
      const filter = String((body as { filter?: unknown }).filter ?? "");
      const orgs = new Set([...filter.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]));
      return [
        202,
        enqueue(uid, "documentDeletion", () => {
          const index = indexOf(uid);
          for (const [id, d] of index.documents) if (orgs.has(String(d.organizationId))) index.documents.delete(id);
        }),
      ];
    }
    if (method === "POST" && sub === "search") {
      const index = indexes.get(uid);
      if (!index) return [404, apiError("index_not_found", `Index \`${uid}\` not found.`)];
      return [200, search(index, body as Record<string, unknown>)];
    }
    return [404, apiError("not_found", `${method} ${path} is not imitated`)];
  }

  function authError(req: IncomingMessage, action: string | null) {
    if (!opts.keys || action === null) return null;
    const header = req.headers.authorization;
    if (!header)
      return [401, apiError("missing_authorization_header", "The Authorization header is missing.")] as const;
    const actions = opts.keys[header.replace(/^Bearer /, "")];
    if (!actions || !(actions.includes("*") || actions.includes(action)))
      return [403, apiError("invalid_api_key", "The provided API key is invalid.")] as const;
    return null;
  }

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://fake");
      const method = req.method ?? "GET";
      const text = Buffer.concat(chunks).toString("utf8");
      const body: unknown = text ? JSON.parse(text) : undefined;
      requests.push({ method, path: url.pathname, body });
      if (opts.drop?.(method, url.pathname)) {
        req.socket.destroy();
        return;
      }
      const [status, payload] =
        authError(req, actionOf(method, url.pathname)) ?? route(method, url.pathname, url.searchParams, body);
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(payload));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    indexes,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

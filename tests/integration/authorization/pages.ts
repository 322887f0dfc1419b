// SPDX-License-Identifier: EUPL-1.2
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { isValidElement, type ReactNode } from "react";
import type { MatrixFixture, RoleExpectations } from "./matrix";

/**
 * The page matrix: every page of the admin and organizer areas, the account pages that show
 * institution or insight data, and every route handler, called as the action matrix's eight
 * callers on the same fixture (see matrix.ts), with the outcome each must get. Rows live in
 * `tests/integration/authorization/<area>.pages.ts`:
 *
 *   export default pages({
 *     "/admin/things": page({
 *       file: "app/[locale]/(admin)/admin/things/page.tsx",
 *       guard: "requirePlatformAdmin",
 *       request: async (f) => ({ shows: (await f.db.thing.create({ data: { name: "Ding 7" } })).name }),
 *       expect: PLATFORM_ADMIN_PAGE,
 *     }),
 *   });
 *
 * A page is called as Next.js calls it, with `params` and `searchParams`; its guard and loaders
 * run for real, and so do the async server components it renders (client components are not
 * rendered, their props are read). A route handler gets a `Request`. The answer becomes:
 *
 *   "ok"         rendered or answered 200, and shows `shows` where the row names it;
 *   "empty"      rendered, but without `shows`: the caller sees the page's notice for people it
 *                is not for, or their own institution's page, never the fixture's data;
 *   "sign_in"    a redirect to sign-in, or 401 from a route handler;
 *   "not_found"  notFound(), or 404 — the area does not announce itself;
 *   "forbidden"  403 from a route handler.
 *
 * A row whose request names a thing by its id gives `unknown`, the same request with an id
 * nobody has; every outsider's refusal must answer exactly as that one.
 */
export type PageOutcome = "ok" | "empty" | "sign_in" | "not_found" | "forbidden";

export interface PageRequest {
  /** Route segments besides the locale ([id], [figure], …). */
  params?: Record<string, string>;
  /** The page's query, or the route handler's. */
  query?: Record<string, string>;
  /** Text that only a caller who may see the fixture's data gets to see. */
  shows?: string;
}

export interface PageRow {
  /** The page.tsx, layout.tsx or route.ts, relative to the project root. */
  file: string;
  /** The guard or loader that decides, for the reader of the table. */
  guard: string;
  request: (f: MatrixFixture) => PageRequest | Promise<PageRequest>;
  /** The same request naming a thing that does not exist. */
  unknown?: (request: PageRequest) => PageRequest;
  expect: RoleExpectations<PageOutcome>;
}

export type PageRows = Record<string, PageRow>;

export function page(row: PageRow): PageRow {
  return row;
}

export function pages(table: PageRows): PageRows {
  return table;
}

/** The platform admin area: sign-in for visitors, "not found" for everyone but platform admins. */
export const PLATFORM_ADMIN_PAGE: RoleExpectations<PageOutcome> = {
  anonymous: "sign_in",
  otherMember: "not_found",
  organizerStaff: "not_found",
  admin: "ok",
  editor: "not_found",
  owner: "not_found",
};

/** An institution's page without an id in its address: its staff see it, others a notice. */
export const INSTITUTION_PAGE: RoleExpectations<PageOutcome> = {
  anonymous: "sign_in",
  otherMember: "empty",
  organizerStaff: "ok",
  admin: "empty",
  editor: "empty",
  owner: "empty",
};

/** A route handler of the platform admin area. */
export const PLATFORM_ADMIN_ROUTE: RoleExpectations<PageOutcome> = { ...PLATFORM_ADMIN_PAGE };

export interface PageAnswer {
  outcome: PageOutcome;
  /** What a caller could tell apart: the status and body of a refusal. */
  detail: string;
}

const ROOT = path.resolve(import.meta.dirname, "../../..");

function nextErrorDigest(error: unknown): string | null {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" ? digest : null;
}

/** The text a rendered tree shows, with async server components rendered and client components' props read. */
async function textOf(node: unknown, depth = 0): Promise<string> {
  if (depth > 60 || node === null || node === undefined || typeof node === "boolean") return "";
  if (typeof node === "string" || typeof node === "number" || typeof node === "bigint") return `${node}\n`;
  if (node instanceof Date || typeof node === "function" || typeof node === "symbol") return "";
  if (Array.isArray(node)) {
    let out = "";
    for (const child of node) out += await textOf(child, depth + 1);
    return out;
  }
  if (node instanceof Promise) return textOf(await node, depth + 1);
  if (isValidElement(node)) {
    const props = node.props as Record<string, unknown>;
    const type = node.type as unknown;
    // A server component that loads data is async; render it, as Next.js would.
    if (typeof type === "function" && type.constructor.name === "AsyncFunction") {
      return textOf(await (type as (p: unknown) => Promise<ReactNode>)(props), depth + 1);
    }
    return textOf(Object.values(props), depth + 1);
  }
  if (typeof node === "object" && Object.getPrototypeOf(node) === Object.prototype) return textOf(Object.values(node), depth + 1);
  return "";
}

function seen(text: string, shows: string | undefined): PageOutcome {
  return shows === undefined || text.includes(shows) ? "ok" : "empty";
}

/** Calls the page (or layout) as Next.js does and classifies what the caller gets. */
export async function callPage(row: PageRow, request: PageRequest, locale = "de"): Promise<PageAnswer> {
  const mod = (await import(path.join(ROOT, row.file))) as { default: (props: unknown) => Promise<ReactNode> };
  const props = {
    params: Promise.resolve({ locale, ...request.params }),
    searchParams: Promise.resolve({ ...request.query }),
    children: "",
  };
  try {
    const text = await textOf(await mod.default(props));
    return { outcome: seen(text, request.shows), detail: "rendered" };
  } catch (error) {
    const digest = nextErrorDigest(error);
    if (digest?.startsWith("NEXT_HTTP_ERROR_FALLBACK;404")) return { outcome: "not_found", detail: digest };
    if (digest?.startsWith("NEXT_REDIRECT;")) {
      const location = digest.split(";")[2];
      if (/^\/(de|cs|en)\/sign-in\?/.test(location)) return { outcome: "sign_in", detail: "sign-in" };
      return { outcome: seen(decodeURIComponent(location), request.shows), detail: location };
    }
    throw error;
  }
}

const STATUS: Record<number, PageOutcome> = { 401: "sign_in", 403: "forbidden", 404: "not_found" };

/** Calls the route handler's GET with a Request, as Next.js does. */
export async function callRoute(row: PageRow, request: PageRequest, address: string): Promise<PageAnswer> {
  const mod = (await import(path.join(ROOT, row.file))) as {
    GET: (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
  };
  const urlPath = routePath(row.file, request.params ?? {});
  const url = `http://localhost${urlPath}?${new URLSearchParams(request.query)}`;
  const response = await mod.GET(new Request(url, { headers: { "x-forwarded-for": address } }), {
    params: Promise.resolve({ ...request.params }),
  });
  const body = await response.text();
  if (response.status === 200) return { outcome: seen(body, request.shows), detail: "200" };
  const outcome = STATUS[response.status];
  if (!outcome) throw new Error(`${row.file} answered ${response.status}: ${body.slice(0, 200)}`);
  return { outcome, detail: `${response.status} ${response.headers.get("content-type")} ${body}` };
}

function routePath(file: string, params: Record<string, string>): string {
  return `/${path.dirname(file).replace(/^app\//, "")}`.replace(/\[(?:\.\.\.)?([^\]]+)\]/g, (_m, name: string) =>
    encodeURIComponent(params[name] ?? name),
  );
}

export function isRoute(row: PageRow): boolean {
  return row.file.endsWith("/route.ts");
}

/** The files the matrix must cover: pages of the admin and organizer areas and every route handler. */
export function guardedFiles(): string[] {
  const scan = (dir: string, name: string): string[] =>
    readdirSync(dir).flatMap((entry) => {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) return scan(full, name);
      return entry === name ? [path.relative(ROOT, full)] : [];
    });
  return [
    ...scan(path.join(ROOT, "app/[locale]/(admin)"), "page.tsx"),
    ...scan(path.join(ROOT, "app/[locale]/(organizer)"), "page.tsx"),
    ...scan(path.join(ROOT, "app/api"), "route.ts"),
  ].sort();
}

/** All page rows, merged; a name defined twice is an error. */
export async function loadPageMatrix(): Promise<PageRows> {
  const merged: PageRows = {};
  const dir = import.meta.dirname;
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".pages.ts")).sort()) {
    const table = ((await import(path.join(dir, name))) as { default: PageRows }).default;
    for (const [key, row] of Object.entries(table)) {
      if (merged[key]) throw new Error(`${key} has rows in more than one file (again in ${name})`);
      merged[key] = row;
    }
  }
  return merged;
}

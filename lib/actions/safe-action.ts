// SPDX-License-Identifier: EUPL-1.2
import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { getSessionUser, type SessionUser } from "../auth/session";
import {
  can,
  decide,
  refusalFor,
  type AnyResource,
  type Permission,
  type PermissionAction,
  type PermissionResource,
} from "../auth/permissions";
import type { Locale } from "../i18n/routing";
import { translateKey, type MessageKey } from "../i18n/translator";
import { consumeLimits, RateLimitedError, type LimitCheck } from "../security/rate-limit";
import { validationErrorMap, type ValidationTranslate } from "../validation/error-map";
import { callerLocaleAndIp } from "./caller";

/**
 * The one way to write a server action:
 *
 *   export const updateThingAction = safeAction({
 *     schema: updateThingSchema,                      // parsed before anything else
 *     rateLimit: (input, ctx) => [{ limiter: "mailsPerUser", key: ctx.user.id }],  // optional
 *     authorize: { permission: "company.update", organizationId: (input) => input.organizationId },
 *     handler: async (input, ctx) => {
 *       …
 *       return { id };                                // becomes { ok: true, data: { id } }
 *     },
 *   });
 *
 * `authorize` states what the action needs, and the wrapper checks it after the rate limit and
 * before the handler runs (rules: lib/auth/permissions.ts). Either the input names the
 * organization (`organizationId`; a refusal is "forbidden"), or the input names a thing by its
 * id and `resource` loads whom it belongs to:
 *
 *     authorize: {
 *       permission: "listing.update",
 *       resource: async ({ listingId }) =>
 *         db.listing.findUnique({ where: { id: listingId }, select: { organizationId: true } }),
 *     },
 *
 * An unknown id (the loader returns null) and a thing of an organization the caller has no role
 * in get the same "not_found"; the handler finds what the loader returned in `ctx.resource`.
 * `ctx.authorize()` remains for the rare check on data that only exists once the handler's
 * transaction has loaded it.
 *
 * Sign-in is required unless `auth: "optional"`. Throw `ActionError` for expected failures;
 * anything else is logged and reported as a generic error, so stack traces and secrets never
 * reach the browser. Messages come translated for the caller's locale.
 */

export type ActionErrorCode =
  | "validation"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "rate_limited"
  | "error";

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; code: ActionErrorCode; fieldErrors: Record<string, string>; formError: string | null };

const DEFAULT_MESSAGE: Record<ActionErrorCode, MessageKey> = {
  validation: "ActionErrors.validation",
  unauthorized: "ActionErrors.unauthorized",
  forbidden: "ActionErrors.forbidden",
  not_found: "ActionErrors.notFound",
  conflict: "ActionErrors.conflict",
  rate_limited: "ActionErrors.rateLimited",
  error: "ActionErrors.unexpected",
};

/**
 * An expected failure. `message` is a message key such as "Team.errors.lastOwner"; it is typed
 * against the messages, so a misspelt key fails the typecheck.
 */
export class ActionError extends Error {
  readonly code: ActionErrorCode;
  readonly messageKey: MessageKey;
  readonly values?: Record<string, string | number>;
  readonly field?: string;

  constructor(
    code: ActionErrorCode,
    options: { message?: MessageKey; values?: Record<string, string | number>; field?: string } = {},
  ) {
    super(options.message ?? code);
    this.name = "ActionError";
    this.code = code;
    this.messageKey = options.message ?? DEFAULT_MESSAGE[code];
    this.values = options.values;
    this.field = options.field;
  }
}

export interface ActionContext {
  user: SessionUser | null;
  locale: Locale;
  /** Client address as seen by the reverse proxy; the key for per-IP limits. */
  ip: string;
  /**
   * Throws a "forbidden" ActionError unless the user may do this to that organization's data.
   * Only for a check on data the handler loads inside its own transaction; anything the input
   * names goes into the `authorize` option, which the wrapper checks before the handler runs.
   */
  authorize(action: PermissionAction, resource: PermissionResource): void;
  /**
   * Like authorize(), for a thing the input names by its id: callers outside the organization
   * it belongs to get "not_found", the same answer as for an id that does not exist (see
   * refusalFor). Throw "not_found" for a missing thing before calling this.
   */
  authorizeFound(action: PermissionAction, resource: PermissionResource): void;
}

export interface SignedInContext extends ActionContext {
  user: SessionUser;
}

/** The context of an action with `authorize`: the check has passed. */
export interface AuthorizedContext<R> extends SignedInContext {
  /** What `authorize.resource` loaded, or `{ organizationId }` for an organization named in the input. */
  resource: R;
  /** The resource's organizations the caller acts for: one, or for a shared thing one or both sides. */
  actingFor: readonly string[];
}

type Awaitable<T> = T | Promise<T>;

/** The permission an action needs; a function where it depends on the input (leaving vs. removing). */
type PermissionFor<I> = Permission | ((input: I, user: SessionUser) => Permission);

export type Authorization<I, R extends AnyResource> =
  | {
      permission: PermissionFor<I>;
      /** The organization the caller acts for, as named in the input. */
      organizationId: (input: I) => string;
    }
  | {
      permission: PermissionFor<I>;
      /** Whom the thing the input names belongs to; null when there is no such thing. */
      resource: (input: I) => Promise<R | null>;
    };

interface BaseConfig<S extends z.ZodType, Ctx> {
  schema: S;
  rateLimit?: (input: z.output<S>, ctx: Ctx) => Awaitable<readonly LimitCheck[]>;
}

export function safeAction<S extends z.ZodType, T, R extends AnyResource = PermissionResource>(
  config: BaseConfig<S, SignedInContext> & {
    auth?: "required";
    authorize: Authorization<z.output<S>, R>;
    handler: (input: z.output<S>, ctx: AuthorizedContext<R>) => Promise<T>;
  },
): (input: z.input<S>) => Promise<ActionResult<T>>;
export function safeAction<S extends z.ZodType, T>(
  config: BaseConfig<S, SignedInContext> & {
    auth?: "required";
    handler: (input: z.output<S>, ctx: SignedInContext) => Promise<T>;
  },
): (input: z.input<S>) => Promise<ActionResult<T>>;
export function safeAction<S extends z.ZodType, T>(
  config: BaseConfig<S, ActionContext> & {
    auth: "optional";
    handler: (input: z.output<S>, ctx: ActionContext) => Promise<T>;
  },
): (input: z.input<S>) => Promise<ActionResult<T>>;
export function safeAction<S extends z.ZodType, T>(
  config: BaseConfig<S, never> & {
    auth?: "required" | "optional";
    authorize?: Authorization<z.output<S>, AnyResource>;
    handler: (input: z.output<S>, ctx: never) => Promise<T>;
  },
): (input: z.input<S>) => Promise<ActionResult<T>> {
  return async (rawInput) => {
    let locale: Locale = "de";
    try {
      const caller = await callerLocaleAndIp();
      locale = caller.locale;
      const user = await getSessionUser();
      const ctx: ActionContext = {
        user,
        locale,
        ip: caller.ip,
        authorize(action, resource) {
          if (!can(user, action, resource)) throw new ActionError("forbidden");
        },
        authorizeFound(action, resource) {
          if (!can(user, action, resource)) throw new ActionError(refusalFor(user, resource));
        },
      };
      if (config.auth !== "optional" && !user) throw new ActionError("unauthorized");

      const t: ValidationTranslate = (key, values) => translateKey(locale, `Validation.${key}`, values);
      const parsed = await config.schema.safeParseAsync(rawInput, { error: validationErrorMap(t) });
      if (!parsed.success) return validationFailure(parsed.error.issues, locale);

      if (config.rateLimit) await consumeLimits(await config.rateLimit(parsed.data, ctx as never));
      const handlerCtx = config.authorize ? { ...ctx, ...(await authorized(config.authorize, parsed.data, user)) } : ctx;
      const data = await config.handler(parsed.data, handlerCtx as never);
      return { ok: true, data };
    } catch (error) {
      // redirect() and notFound() work by throwing; they must reach Next.js untouched.
      unstable_rethrow(error);
      return failure(error, locale);
    }
  };
}

/** Runs an action's `authorize` and returns what its handler receives, or throws the refusal. */
async function authorized<I>(
  authorization: Authorization<I, AnyResource>,
  input: I,
  user: SessionUser | null,
): Promise<{ resource: AnyResource; actingFor: readonly string[] }> {
  if (!user) throw new ActionError("unauthorized");
  const permission =
    typeof authorization.permission === "function" ? authorization.permission(input, user) : authorization.permission;
  const [resource, named] =
    "organizationId" in authorization
      ? [{ organizationId: authorization.organizationId(input) }, "chosen" as const]
      : [await authorization.resource(input), "by-id" as const];
  const decision = decide(user, permission, resource, named);
  if (!decision.granted) throw new ActionError(decision.refusal);
  return { resource: resource!, actingFor: decision.actingFor };
}

function validationFailure(issues: readonly z.core.$ZodIssue[], locale: Locale): ActionResult<never> {
  const fieldErrors: Record<string, string> = {};
  let formError: string | null = null;
  for (const issue of issues) {
    const path = issue.path.map(String).join(".");
    if (!path) formError ??= issue.message;
    else fieldErrors[path] ??= issue.message;
  }
  if (!formError && !Object.keys(fieldErrors).length) formError = translateKey(locale, DEFAULT_MESSAGE.validation);
  return { ok: false, code: "validation", fieldErrors, formError };
}

function failure(error: unknown, locale: Locale): ActionResult<never> {
  if (error instanceof RateLimitedError) {
    const minutes = Math.max(1, Math.ceil(error.retryAfterSeconds / 60));
    return {
      ok: false,
      code: "rate_limited",
      fieldErrors: {},
      formError: translateKey(locale, DEFAULT_MESSAGE.rate_limited, { minutes }),
    };
  }
  if (error instanceof ActionError) {
    const message = translateKey(locale, error.messageKey, error.values);
    return error.field
      ? { ok: false, code: error.code, fieldErrors: { [error.field]: message }, formError: null }
      : { ok: false, code: error.code, fieldErrors: {}, formError: message };
  }
  console.error("[action] unexpected error", error);
  return { ok: false, code: "error", fieldErrors: {}, formError: translateKey(locale, DEFAULT_MESSAGE.error) };
}

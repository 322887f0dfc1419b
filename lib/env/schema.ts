// SPDX-License-Identifier: EUPL-1.2
/**
 * Every setting the portal reads from the environment, validated in one place. Free of I/O and of
 * server-only imports, so scripts, tests and the app share it. README's configuration table and
 * .env.example list the same variables (tests/unit/env-docs.test.ts keeps the three in step).
 */
import { z } from "zod";
import { ConfigError, parseDatabaseUrl } from "./database-url.mjs";

/** The environment as Node.js hands it over, or a test's stand-in for it. */
export type EnvSource = { readonly [name: string]: string | undefined };

/** Unset and blank mean the same: the default applies. */
const given = (raw: string | undefined): string | undefined => {
  const value = raw?.trim();
  return value ? value : undefined;
};

const text = () => z.string().optional().transform(given);

const textOr = (fallback: string) => z.string().optional().transform((raw) => given(raw) ?? fallback);

function wholeNumber(min: number, max: number, fallback: number) {
  return z
    .string()
    .optional()
    .transform((raw, ctx) => {
      const value = given(raw);
      if (value === undefined) return fallback;
      const n = Number(value);
      if (Number.isInteger(n) && n >= min && n <= max) return n;
      ctx.addIssue({ code: "custom", message: `must be a whole number from ${min} to ${max}, got "${raw}"` });
      return z.NEVER;
    });
}

/**
 * For limits that have always fallen back to their default on an odd value: a typo there must
 * not keep the portal from starting, and the default is the documented, safe choice.
 */
function wholeNumberOrDefault(fallback: number) {
  return z
    .string()
    .optional()
    .transform((raw) => {
      const value = given(raw);
      const n = value === undefined ? NaN : Number(value);
      return Number.isInteger(n) && n >= 0 ? n : fallback;
    });
}

const onOff = () =>
  z
    .string()
    .optional()
    .transform((raw, ctx) => {
      const value = given(raw);
      if (value === undefined || value === "on") return true;
      if (value === "off") return false;
      ctx.addIssue({ code: "custom", message: `must be on or off, got "${raw}"` });
      return z.NEVER;
    });

const DEFAULT_PUBLIC_URL = "http://localhost:3000";

/** One spelling of the portal's address: no trailing slash, so paths can be appended as they are. */
const publicUrl = () =>
  z
    .string()
    .optional()
    .transform((raw, ctx) => {
      const value = given(raw);
      if (value === undefined) return DEFAULT_PUBLIC_URL;
      let url: URL | null = null;
      try {
        url = new URL(value);
      } catch {
        url = null;
      }
      if (!url || (url.protocol !== "http:" && url.protocol !== "https:") || !url.hostname) {
        ctx.addIssue({ code: "custom", message: `must be an absolute http:// or https:// address, got "${raw}"` });
        return z.NEVER;
      }
      return value.replace(/\/+$/, "");
    });

const databaseUrl = () =>
  z
    .string()
    .optional()
    .transform((raw, ctx) => {
      const value = given(raw);
      if (value === undefined) return undefined;
      try {
        parseDatabaseUrl(value);
      } catch (e) {
        // parseDatabaseUrl's messages start with the variable's name, which the report adds again.
        ctx.addIssue({ code: "custom", message: (e as Error).message.replace(/^DATABASE_URL /, "") });
        return z.NEVER;
      }
      return value;
    });

const devMailFlag = () =>
  z
    .string()
    .optional()
    .transform((raw, ctx) => {
      const value = raw ?? "";
      if (value === "" || value === "0" || value === "1") return value === "1";
      ctx.addIssue({ code: "custom", message: `must be 1 or 0 (got "${value}")` });
      return z.NEVER;
    });

/** An S3-compatible service's base address, e.g. https://s3.eu-central-1.amazonaws.com, without a trailing slash. */
const s3Endpoint = () =>
  z
    .string()
    .optional()
    .transform((raw, ctx) => {
      const value = given(raw);
      if (value === undefined) return undefined;
      let url: URL | null = null;
      try {
        url = new URL(value);
      } catch {
        url = null;
      }
      if (!url || (url.protocol !== "http:" && url.protocol !== "https:") || url.search || url.hash) {
        ctx.addIssue({ code: "custom", message: `must be an http:// or https:// address without query, got "${raw}"` });
        return z.NEVER;
      }
      return value.replace(/\/+$/, "");
    });

const S3_REQUIRED = ["S3_ENDPOINT", "S3_BUCKET", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"] as const;

export const envSchema = z.object({
  DATABASE_URL: databaseUrl(),
  EMBEDDED_PG_DIR: textOr(".data/postgres"),
  EMBEDDED_PG_PORT: wholeNumber(1, 65535, 54329),
  EMBEDDED_PG_DATABASE: textOr("portal"),
  PORT: wholeNumber(0, 65535, 3000),
  PUBLIC_URL: publicUrl(),
  NEXTAUTH_SECRET: text(),
  AUTH_SECRET: text(),
  SMTP_URL: text(),
  DEV_MAIL: devMailFlag(),
  MAIL_FROM: textOr("Grenzpartner <no-reply@grenzpartner.localhost>"),
  // Unset outside the development mail server, which is how the mailbox page knows to stay hidden.
  DEV_MAIL_DIR: text(),
  DEV_SMTP_PORT: wholeNumber(0, 65535, 2525),
  MEILI_HOST: text(),
  MEILI_API_KEY: text(),
  MEILI_MASTER_KEY: text(),
  MEILI_INDEX: text(),
  SEARCH_WORKER: onOff(),
  SEARCH_WORKER_INTERVAL_MS: wholeNumber(1, 86_400_000, 1000),
  HEALTH_TOKEN: text(),
  HEALTH_OUTBOX_MAX_LAG_SECONDS: wholeNumber(1, 31_536_000, 300),
  ENQUIRY_DAILY_LIMIT: wholeNumberOrDefault(20),
  ENQUIRY_DRAFT_DAILY_LIMIT: wholeNumberOrDefault(5),
  ENQUIRY_NEW_ACCOUNT_COOLDOWN_MINUTES: wholeNumberOrDefault(10),
  SIGN_UP_LIMIT_PER_ADDRESS: wholeNumber(1, 1_000_000, 10),
  SIGN_IN_LIMIT_PER_ADDRESS: wholeNumber(1, 1_000_000, 30),
  PROFILE_VIEW_LIMIT_PER_ADDRESS: wholeNumber(1, 1_000_000, 200),
  ALERTS_SCHEDULER: onOff(),
  ALERTS_INTERVAL_MS: wholeNumber(1, 86_400_000, 15 * 60_000),
  UPLOAD_DIR: textOr(".data/uploads"),
  LOGO_STORAGE: z
    .string()
    .optional()
    .transform((raw, ctx) => {
      const value = given(raw) ?? "postgres";
      if (value === "postgres" || value === "s3") return value;
      ctx.addIssue({ code: "custom", message: `must be postgres or s3, got "${raw}"` });
      return z.NEVER;
    }),
  S3_ENDPOINT: s3Endpoint(),
  S3_REGION: textOr("us-east-1"),
  S3_BUCKET: text(),
  S3_ACCESS_KEY_ID: text(),
  S3_SECRET_ACCESS_KEY: text(),
  S3_PATH_STYLE: onOff(),
  OPERATOR_NAME: text(),
  OPERATOR_ADDRESS: text(),
  OPERATOR_EMAIL: text(),
  OPERATOR_REPRESENTATIVE: text(),
  OPERATOR_PHONE: text(),
  OPERATOR_REGISTER: text(),
  OPERATOR_VAT_ID: text(),
  OPERATOR_CONTENT_RESPONSIBLE: text(),
  PRIVACY_CONTACT_EMAIL: text(),
  PRIVACY_DPO: text(),
  TRUSTED_PROXY_HOPS: wholeNumber(0, 10, 0),
}).superRefine((s, ctx) => {
  // Caught at start rather than at the first upload, which would fail for a visitor.
  if (s.LOGO_STORAGE !== "s3") return;
  for (const name of S3_REQUIRED) {
    if (!s[name]) ctx.addIssue({ code: "custom", path: [name], message: "must be set when LOGO_STORAGE=s3" });
  }
});

export type Settings = z.output<typeof envSchema>;
export type EnvName = keyof Settings;

export const ENV_NAMES = Object.keys(envSchema.shape) as EnvName[];

/** Every bad variable, one line each, naming the variable: what an operator needs to fix it. */
export class EnvError extends ConfigError {
  constructor(readonly problems: readonly string[]) {
    super(problems.join("\n"));
    this.name = "EnvError";
  }
}

export function envProblems(source: EnvSource): string[] {
  const result = envSchema.safeParse(pick(source));
  if (result.success) return [];
  const lines = new Map<string, string>();
  for (const issue of result.error.issues) {
    const name = String(issue.path[0] ?? "environment");
    if (!lines.has(name)) lines.set(name, `${name} ${issue.message}`);
  }
  return [...lines.values()];
}

export function parseSettings(source: EnvSource): Settings {
  const result = envSchema.safeParse(pick(source));
  if (!result.success) throw new EnvError(envProblems(source));
  return result.data;
}

// Only the portal's own variables: the rest of the environment is none of the schema's business.
function pick(source: EnvSource): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const name of ENV_NAMES) out[name] = source[name];
  return out;
}

/**
 * Runs a command against the portal's database. Without DATABASE_URL it starts the embedded
 * PostgreSQL (data kept in EMBEDDED_PG_DIR), applies migrations, optionally seeds demo data on
 * the first start, runs the command, and stops the server when the command ends or on Ctrl-C.
 *
 * With --dev-mail and no SMTP_URL it also starts a local SMTP server that keeps every mail in
 * DEV_MAIL_DIR (default .data/mail) instead of delivering it, and points the command at it.
 *
 *   tsx scripts/with-db.ts [--migrate] [--seed-on-first-start] [--dev-mail] -- <command> [args…]
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { ConfigError, embeddedDbOptions, parseDatabaseUrl } from "../lib/db/config";
import { startEmbeddedPostgres, type EmbeddedServer } from "../lib/db/embedded";
import { applyMigrations } from "../lib/db/migrate";
import { ensureLocalAuthSecret } from "../lib/auth/secret";
import { startDevMailServer, type DevMailServer } from "../lib/mail/dev-server";
import { DEFAULT_MAIL_DIR } from "../lib/mail/mailbox";
import { exitOnConfigError } from "./lib/env";

const argv = process.argv.slice(2);
const sep = argv.indexOf("--");
const flags = new Set(sep === -1 ? argv : argv.slice(0, sep));
const command = sep === -1 ? [] : argv.slice(sep + 1);

let server: EmbeddedServer | null = null;
let mailServer: DevMailServer | null = null;
let child: ChildProcess | null = null;
let shuttingDown = false;

async function shutdown(code: number) {
  if (shuttingDown) return;
  shuttingDown = true;
  if (mailServer) await mailServer.stop().catch(() => {});
  if (server) {
    console.log("[db] stopping embedded PostgreSQL");
    await server.stop().catch(() => {});
  }
  process.exit(code);
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    // The child gets the terminal's SIGINT itself; forward other signals so it can finish cleanly.
    if (child && child.exitCode === null) {
      if (signal !== "SIGINT") child.kill(signal);
      setTimeout(() => child?.kill("SIGKILL"), 10_000).unref();
    } else {
      void shutdown(130);
    }
  });
}

async function main() {
  let url = process.env.DATABASE_URL;
  if (url) {
    parseDatabaseUrl(url);
  } else {
    const opts = embeddedDbOptions();
    server = await startEmbeddedPostgres(opts);
    url = server.url;
    console.log(`[db] embedded PostgreSQL on port ${opts.port}, data in ${opts.dataDir}`);
  }

  let fresh = false;
  if (flags.has("--migrate")) {
    const report = await applyMigrations(url, { log: (m) => console.log(`[migrate] ${m}`) });
    fresh = report.alreadyApplied.length === 0 && report.applied.length > 0;
  }

  const env: NodeJS.ProcessEnv = { NEXT_TELEMETRY_DISABLED: "1", ...process.env, DATABASE_URL: url };
  if (!env.NEXTAUTH_SECRET && !env.AUTH_SECRET) env.NEXTAUTH_SECRET = ensureLocalAuthSecret();
  if (flags.has("--dev-mail") && !env.SMTP_URL) await startDevMail(env);
  if (flags.has("--seed-on-first-start") && fresh) {
    console.log("[seed] new database: loading demo data");
    const code = await run(["tsx", "scripts/seed.ts"], env);
    if (code !== 0) return shutdown(code);
  }
  if (!command.length) return shutdown(0);
  const code = await run(command, env);
  return shutdown(code);
}

async function startDevMail(env: NodeJS.ProcessEnv) {
  const dir = env.DEV_MAIL_DIR || DEFAULT_MAIL_DIR;
  mailServer = await startDevMailServer({ dir, port: Number(env.DEV_SMTP_PORT || 2525) });
  env.SMTP_URL = mailServer.url;
  env.DEV_MAIL_DIR = dir;
  // The mailbox page exists only in development; a production build without SMTP_URL keeps files.
  const isDev = command[0] === "next" && command[1] === "dev";
  const portArg = command.findIndex((a) => a === "-p" || a === "--port");
  const port = portArg >= 0 ? command[portArg + 1] : env.PORT || "3000";
  const where = isDev ? `http://localhost:${port}/dev/mailbox (files in ${dir})` : `${dir} (mails are stored, not delivered)`;
  console.log(`[mail] development mailbox: ${where}`);
}

function run(cmd: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    // Run the project's own binary directly: signals then reach the real process, not a wrapper.
    const local = path.join("node_modules", ".bin", cmd[0]);
    const [file, args] = existsSync(local) ? [local, cmd.slice(1)] : [cmd[0], cmd.slice(1)];
    child = spawn(file, args, { stdio: "inherit", env });
    child.on("exit", (code, signal) => {
      child = null;
      resolve(code ?? (signal ? 128 + 1 : 1));
    });
  });
}

main().catch(async (e) => {
  if (e instanceof ConfigError) {
    if (server) await server.stop().catch(() => {});
    exitOnConfigError(e);
  }
  console.error(`Error: ${(e as Error).message}`);
  await shutdown(1);
});

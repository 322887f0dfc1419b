// SPDX-License-Identifier: EUPL-1.2
/**
 * Runs a command against the portal's database. It first generates the Prisma client if the
 * schema changed. Without DATABASE_URL it starts the embedded PostgreSQL (data kept in
 * EMBEDDED_PG_DIR; --fresh-db empties it first), applies migrations, optionally seeds demo data
 * into an empty portal, runs the command, and stops the server when the command ends or on Ctrl-C.
 * Without PUBLIC_URL, links point at the port the command's server listens on.
 *
 * With --dev-mail and no SMTP_URL it also starts a local SMTP server that keeps every mail in
 * DEV_MAIL_DIR (default .data/mail) instead of delivering it, and points the command at it.
 * With --require-smtp (npm start) it refuses to start without SMTP_URL unless DEV_MAIL=1.
 *
 *   tsx scripts/with-db.ts [--migrate] [--seed-on-first-start] [--dev-mail|--require-smtp] [--fresh-db] -- <command> [args…]
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { ConfigError, embeddedDbOptions, parseDatabaseUrl } from "../lib/db/config";
import { EmbeddedPostgresError, startEmbeddedPostgres, type EmbeddedServer } from "../lib/db/embedded";
import { applyMigrations } from "../lib/db/migrate";
import { ensureLocalAuthSecret } from "../lib/auth/secret";
import { exitOnEnvironmentProblems } from "../lib/env/process";
import { startDevMailServer, type DevMailServer } from "../lib/mail/dev-server";
import { mailSetup } from "../lib/mail/mail-setup";
import { DEFAULT_MAIL_DIR } from "../lib/mail/mailbox";
import { needsDemoData } from "../lib/seed/first-start";
import { exitOnConfigError } from "./lib/env";
import { ensurePrismaClient } from "./lib/prisma-client";
import { publicUrlFor } from "./lib/server-address";

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
  // Says "stopping" itself only when it does: another process may still be using the server.
  if (server) await server.stop().catch(() => {});
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
  // Checked before anything starts, so a misconfigured production start ends at once, in one line.
  const mail = mailSetup(flags.has("--require-smtp") ? "production" : flags.has("--dev-mail") ? "development" : "none", process.env);
  exitOnEnvironmentProblems();
  // The client is generated here, not at install: npm may be told not to run install scripts.
  if (ensurePrismaClient() !== 0) return shutdown(1);
  let url = process.env.DATABASE_URL;
  if (url) {
    parseDatabaseUrl(url);
  } else {
    const opts = embeddedDbOptions();
    server = await startEmbeddedPostgres({ ...opts, fresh: flags.has("--fresh-db") });
    url = server.url;
    console.log(`[db] embedded PostgreSQL on port ${opts.port}, data in ${server.dataDir}`);
  }

  if (flags.has("--migrate")) {
    await applyMigrations(url, { log: (m) => console.log(`[migrate] ${m}`) });
  }

  const env: NodeJS.ProcessEnv = { NEXT_TELEMETRY_DISABLED: "1", ...process.env, DATABASE_URL: url };
  env.PUBLIC_URL = publicUrlFor(command, env);
  if (!env.NEXTAUTH_SECRET && !env.AUTH_SECRET) env.NEXTAUTH_SECRET = ensureLocalAuthSecret();
  if (mail === "dev-server") await startDevMail(env);
  if (flags.has("--seed-on-first-start") && (await needsDemoData(url))) {
    console.log("[seed] empty database: loading demo data");
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
  const where = isDev ? `${publicUrlFor(command, env)}/dev/mailbox (files in ${dir})` : `${dir} (mails are stored, not delivered)`;
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
  // A database that cannot start is a situation to explain in one line, not a stack trace.
  console.error(`Error: ${e instanceof EmbeddedPostgresError ? "the embedded PostgreSQL cannot start: " : ""}${(e as Error).message}`);
  await shutdown(1);
});

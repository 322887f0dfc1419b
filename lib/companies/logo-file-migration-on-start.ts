// SPDX-License-Identifier: EUPL-1.2
/**
 * Started from instrumentation.ts: moves logo files of an earlier version into the logo store
 * (see logo-file-migration.ts) in the background, with a small database client of its own.
 */
import { existsSync } from "node:fs";
import { createPrismaClient } from "../db/prisma";
import { settings } from "../env";
import { fileLogoFolder, moveFileLogosToStore } from "./logo-file-migration";
import { createLogoStore } from "./logo-store";

export function moveFileLogosInBackground(): void {
  const s = settings();
  if (!s.DATABASE_URL || !existsSync(fileLogoFolder(s.UPLOAD_DIR))) return;
  const db = createPrismaClient(s.DATABASE_URL, 1);
  const log = (m: string) => console.log(`[logos] ${m}`);
  void moveFileLogosToStore({ db, store: createLogoStore(db, s), uploadDir: s.UPLOAD_DIR, log })
    .catch((e: Error) => log(`moving logo files failed, run \`npm run logos:migrate\`: ${e.message}`))
    .finally(() => db.$disconnect());
}

// SPDX-License-Identifier: EUPL-1.2
/**
 * A worker process that claims outbox rows and then hangs before the engine writes anything,
 * so a test can kill it at the worst moment. Usage: tsx outbox-worker-child.ts <database-url>
 */
import { createPrismaClient } from "../../../lib/db/prisma";
import { createPostgresSearchEngine } from "../../../lib/search/engines/postgres";
import type { SearchEngine } from "../../../lib/search/types";
import { drainOutbox } from "../../../lib/search/worker";

const url = process.argv[2];
const prisma = createPrismaClient(url, 3);
const real = createPostgresSearchEngine(prisma);

const hang = (what: string) => async () => {
  process.stdout.write(`claimed, about to ${what}\n`);
  await new Promise(() => {});
};

const stuck: SearchEngine = {
  ...real,
  upsert: hang("upsert"),
  delete: hang("delete"),
  deleteByOrganization: hang("delete"),
};

await drainOutbox(prisma, stuck, { batchSize: 50 });

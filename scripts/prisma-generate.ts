// SPDX-License-Identifier: EUPL-1.2
/**
 * Generates the Prisma client when prisma/schema.prisma changed since the last run
 * (`--force` generates regardless).
 */
import { ensurePrismaClient } from "./lib/prisma-client";

process.exit(ensurePrismaClient({ force: process.argv.includes("--force") }));

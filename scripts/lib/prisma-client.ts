// SPDX-License-Identifier: EUPL-1.2
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * Makes sure the generated Prisma client matches prisma/schema.prisma. npm may not run install
 * scripts, so nothing generates the client at install time; every command that needs it calls
 * this first. A fingerprint of the schema and the Prisma version is kept beside the client, so
 * an up-to-date client costs a file read, not a `prisma generate`.
 */
const SCHEMA = "prisma/schema.prisma";
const OUTPUT = "lib/generated/prisma";
const STAMP = path.join(OUTPUT, ".schema-fingerprint");

function fingerprint(): string {
  const prismaVersion = (JSON.parse(readFileSync("node_modules/prisma/package.json", "utf8")) as { version: string }).version;
  return createHash("sha256").update(prismaVersion).update("\0").update(readFileSync(SCHEMA)).digest("hex");
}

export function prismaClientIsCurrent(): boolean {
  return existsSync(path.join(OUTPUT, "client.ts")) && existsSync(STAMP) && readFileSync(STAMP, "utf8").trim() === fingerprint();
}

/** Runs `prisma generate` offline unless the client is current; returns the exit status. */
export function ensurePrismaClient(options: { force?: boolean } = {}): number {
  if (!options.force && prismaClientIsCurrent()) return 0;
  const before = fingerprint();
  const result = spawnSync("npx", ["prisma", "generate"], {
    stdio: ["ignore", "inherit", "inherit"],
    env: {
      ...process.env,
      // Generating does not use the schema engine, but the CLI wants its binary to exist.
      PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
      CHECKPOINT_DISABLE: "1",
    },
  });
  if (result.status === 0) writeFileSync(STAMP, `${before}\n`);
  return result.status ?? 1;
}

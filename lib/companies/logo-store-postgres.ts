// SPDX-License-Identifier: EUPL-1.2
import type { Db } from "../db/prisma";
import { sha256Hex } from "./logo-hash";
import type { LogoStore } from "./logo-store";

/** Logos as rows of LogoBlob, in the database every instance already shares. */
export function createPostgresLogoStore(db: Db): LogoStore {
  return {
    kind: "postgres",
    async put(name, { data, contentType }) {
      await db.logoBlob.createMany({
        data: [{ name, contentType, sha256: sha256Hex(data), size: data.length, data: new Uint8Array(data) }],
        skipDuplicates: true,
      });
    },
    async get(name) {
      const row = await db.logoBlob.findUnique({ where: { name } });
      return row && { ...row, data: Buffer.from(row.data) };
    },
    async remove(names) {
      if (names.length) await db.logoBlob.deleteMany({ where: { name: { in: [...names] } } });
    },
  };
}

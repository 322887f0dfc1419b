// SPDX-License-Identifier: EUPL-1.2
/**
 * Where uploaded logos live. Every instance of the portal must serve every logo, so they are
 * kept in shared storage: PostgreSQL by default (table LogoBlob), or an S3-compatible bucket
 * (LOGO_STORAGE=s3). Free of server-only imports, so scripts use the same stores as the app.
 */
import type { Db } from "../db/prisma";
import type { Settings } from "../env";
import { createPostgresLogoStore } from "./logo-store-postgres";
import { createS3LogoStore } from "./logo-store-s3";

export interface StoredLogo {
  data: Buffer;
  contentType: string;
  /** Hex SHA-256 of the bytes. */
  sha256: string;
  size: number;
  createdAt: Date;
}

export interface LogoStore {
  readonly kind: "postgres" | "s3";
  /** Stores a logo under a name nobody has used before; storing the same name again changes nothing. */
  put(name: string, logo: { data: Buffer; contentType: string }): Promise<void>;
  get(name: string): Promise<StoredLogo | null>;
  /** Removes the logos for good; names that are already gone are fine. */
  remove(names: readonly string[]): Promise<void>;
}

export function createLogoStore(db: Db, s: Settings): LogoStore {
  if (s.LOGO_STORAGE === "s3") {
    // The settings' own check at start guarantees these for LOGO_STORAGE=s3.
    return createS3LogoStore({
      endpoint: s.S3_ENDPOINT!,
      region: s.S3_REGION,
      bucket: s.S3_BUCKET!,
      accessKeyId: s.S3_ACCESS_KEY_ID!,
      secretAccessKey: s.S3_SECRET_ACCESS_KEY!,
      pathStyle: s.S3_PATH_STYLE,
    });
  }
  return createPostgresLogoStore(db);
}

// SPDX-License-Identifier: EUPL-1.2
import { createHash } from "node:crypto";

/** Hex SHA-256: the logo route's ETag, and the payload hash an S3 request signs. */
export const sha256Hex = (data: Uint8Array) => createHash("sha256").update(data).digest("hex");

// SPDX-License-Identifier: EUPL-1.2
import { randomBytes } from "node:crypto";
import { mkdir, readFile, rename, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { settings } from "../env";
import { isLogoFileName } from "./logo-url";

/** Uploaded files live outside the build, in UPLOAD_DIR (default .data/uploads, which git ignores). */
export function uploadDir(): string {
  // A runtime folder, not part of the build: keep the bundler from tracing it.
  return path.resolve(/*turbopackIgnore: true*/ settings().UPLOAD_DIR);
}

function logoPath(fileName: string): string {
  // Callers pass names from the database or the URL; only our own pattern reaches the disk.
  if (!isLogoFileName(fileName)) throw new Error("invalid logo file name");
  return path.join(/*turbopackIgnore: true*/ uploadDir(), "logos", fileName);
}

/** Writes a processed logo under a new random name and returns the name. */
export async function storeLogo(data: Buffer): Promise<string> {
  const fileName = `${randomBytes(16).toString("hex")}.webp`;
  const target = logoPath(fileName);
  await mkdir(path.dirname(target), { recursive: true });
  // Written aside and renamed, so a request never sees half a file.
  const temp = `${target}.${process.pid}.tmp`;
  await writeFile(temp, data);
  await rename(temp, target);
  return fileName;
}

export async function readLogo(fileName: string): Promise<Buffer | null> {
  if (!isLogoFileName(fileName)) return null;
  try {
    return await readFile(logoPath(fileName));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw e;
  }
}

/** Removes a logo; a file that is already gone is fine. Failures are logged, not thrown, because the database is already updated. */
export async function removeLogo(fileName: string | null | undefined): Promise<void> {
  if (!fileName || !isLogoFileName(fileName)) return;
  try {
    await unlink(logoPath(fileName));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT")
      console.error(`[logo] could not remove ${fileName}: ${(e as Error).message}`);
  }
}

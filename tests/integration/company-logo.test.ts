// SPDX-License-Identifier: EUPL-1.2
import { testDb } from "./support/app-database";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import { GET as getLogo } from "@/app/api/logos/[file]/route";
import { withTestSession } from "@/lib/auth/test-session";
import { removeCompanyLogoAction } from "@/lib/companies/actions/remove-company-logo";
import { uploadCompanyLogoAction } from "@/lib/companies/actions/upload-company-logo";
import { moveDatabaseLogosToStore, moveFileLogosToStore } from "@/lib/companies/logo-file-migration";
import type { LogoStore } from "@/lib/companies/logo-store";
import { createPostgresLogoStore } from "@/lib/companies/logo-store-postgres";
import { createPrismaClient } from "@/lib/db/prisma";
import type { Locale } from "@/lib/i18n/routing";
import { logoForm, pngImage } from "../support/images";
import { createOrganization, createUser } from "./support/accounts";

afterAll(() => testDb.drop());

/** Names of the logos the database holds. */
const storedLogos = async () => (await testDb.db.logoBlob.findMany({ select: { name: true } })).map((l) => l.name);

async function setup() {
  const owner = await createUser();
  const company = await createOrganization([{ user: owner, role: "OWNER" }]);
  return { owner, company };
}

const upload = (user: { id: string }, form: FormData, locale: Locale = "de") =>
  withTestSession(user, () => uploadCompanyLogoAction(form), { locale });

const fetchLogo = (file: string, headers: Record<string, string> = {}) =>
  getLogo(new Request(`http://localhost/api/logos/${file}`, { headers }), { params: Promise.resolve({ file }) });

describe("logo upload", () => {
  it("accepts a PNG, re-encodes it as WebP of at most 512 px and serves it", async () => {
    const { owner, company } = await setup();
    const result = await upload(owner, logoForm(company.id, await pngImage(1200, 800)));
    expect(result.ok).toBe(true);
    const { logoPath } = await testDb.db.organization.findUniqueOrThrow({ where: { id: company.id } });
    expect(logoPath).toMatch(/^[a-f0-9]{32}\.webp$/);
    expect(result.ok && result.data).toMatchObject({ logoUrl: `/api/logos/${logoPath}`, width: 512, height: 341 });

    const response = await fetchLogo(logoPath!);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/webp");
    expect(response.headers.get("cache-control")).toContain("immutable");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    const served = Buffer.from(await response.arrayBuffer());
    const meta = await sharp(served).metadata();
    expect(meta).toMatchObject({ format: "webp", width: 512, height: 341 });
    expect(meta.exif).toBeUndefined();

    // Revalidation by content: the ETag is the bytes' hash, and a browser holding them gets a 304.
    const etag = response.headers.get("etag");
    expect(etag).toBe(`"${createHash("sha256").update(served).digest("hex")}"`);
    const again = await fetchLogo(logoPath!, { "if-none-match": `W/"other", ${etag}` });
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(etag);
    expect(await again.text()).toBe("");
    expect((await fetchLogo(logoPath!, { "if-none-match": '"other"' })).status).toBe(200);

    // Another server process, with its own connections, reads the same bytes.
    const other = createPrismaClient(testDb.url, 1);
    try {
      expect((await createPostgresLogoStore(other).get(logoPath!))?.data).toEqual(served);
    } finally {
      await other.$disconnect();
    }
  });

  it("replaces the previous logo and deletes its bytes", async () => {
    const { owner, company } = await setup();
    await upload(owner, logoForm(company.id, await pngImage(100, 100)));
    const first = (await testDb.db.organization.findUniqueOrThrow({ where: { id: company.id } })).logoPath!;
    await upload(owner, logoForm(company.id, await pngImage(200, 100), "neu.webp", "image/webp"));
    const second = (await testDb.db.organization.findUniqueOrThrow({ where: { id: company.id } })).logoPath!;
    expect(second).not.toBe(first);
    expect(await storedLogos()).toContain(second);
    expect(await storedLogos()).not.toContain(first);
    expect((await fetchLogo(first)).status).toBe(404);

    expect(await withTestSession(owner, () => removeCompanyLogoAction({ organizationId: company.id }))).toMatchObject({
      ok: true,
    });
    expect(await storedLogos()).not.toContain(second);
    expect((await fetchLogo(second)).status).toBe(404);
    expect((await testDb.db.organization.findUniqueOrThrow({ where: { id: company.id } })).logoPath).toBeNull();
  });

  it("also takes JPEG, whatever the file is called", async () => {
    const { owner, company } = await setup();
    const jpeg = await sharp({ create: { width: 300, height: 300, channels: 3, background: "#c00" } })
      .jpeg()
      .toBuffer();
    expect(await upload(owner, logoForm(company.id, jpeg, "logo.gif", "application/octet-stream"))).toMatchObject({
      ok: true,
    });
  });

  it.each([
    [
      "a text file renamed to .png",
      () => Buffer.from("Das ist kein Bild, sondern Text.\n".repeat(20)),
      "cs",
      "Tento soubor není obrázek PNG, JPEG ani WebP.",
    ],
    [
      "a GIF",
      () => Buffer.from("GIF89a\x01\x00\x01\x00\x00\x00\x00;", "binary"),
      "en",
      "This file is not a PNG, JPEG or WebP image.",
    ],
    [
      "an SVG with script",
      () => Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      "de",
      "Diese Datei ist kein PNG-, JPEG- oder WebP-Bild.",
    ],
    [
      "a PNG header on garbage",
      () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(500, 7)]),
      "de",
      "Das Bild lässt sich nicht lesen.",
    ],
    ["an empty file", () => Buffer.alloc(0), "en", "Please choose an image file."],
  ] as const)("rejects %s with a localized message", async (_label, bytes, locale, message) => {
    const { owner, company } = await setup();
    const before = (await storedLogos()).length;
    const result = await upload(owner, logoForm(company.id, bytes(), "logo.png", "image/png"), locale);
    expect(result).toMatchObject({ ok: false, code: "validation" });
    expect(!result.ok && result.fieldErrors.logo).toContain(message);
    expect((await storedLogos()).length).toBe(before);
    expect((await testDb.db.organization.findUniqueOrThrow({ where: { id: company.id } })).logoPath).toBeNull();
  });

  it("rejects a 3 MB image", async () => {
    const { owner, company } = await setup();
    const big = await pngImage(1100, 1000, { noise: true });
    expect(big.length).toBeGreaterThan(3 * 1024 * 1024);
    const result = await upload(owner, logoForm(company.id, big), "cs");
    expect(result).toMatchObject({
      ok: false,
      code: "validation",
      fieldErrors: { logo: "Soubor je příliš velký. Povoleno je nejvýše 2 MB." },
    });
  });

  it("answers a missing file field with a validation error", async () => {
    const { owner, company } = await setup();
    const form = new FormData();
    form.set("organizationId", company.id);
    form.set("logo", "not a file");
    expect(await upload(owner, form)).toMatchObject({ ok: false, code: "validation" });
    expect(await upload(owner, { organizationId: company.id } as unknown as FormData)).toMatchObject({
      ok: false,
      code: "validation",
    });
  });
});

describe("logo route", () => {
  it.each([
    "../../etc/passwd",
    "..%2F..%2Fetc%2Fpasswd",
    "logo.png",
    `${"a".repeat(32)}.png`,
    `${"A".repeat(32)}.webp`,
    `${"a".repeat(32)}.webp`,
  ])("answers %s with 404", async (file) => {
    const response = await fetchLogo(file);
    expect(response.status).toBe(404);
  });
});

describe("logo files of an earlier version", () => {
  it("move into the database under their names, so their addresses keep working, and leave the disk", async () => {
    const uploads = mkdtempSync(path.join(tmpdir(), "portal-logo-files-"));
    try {
      const folder = path.join(uploads, "logos");
      mkdirSync(folder);
      const { company } = await setup();
      const used = `${"c".repeat(32)}.webp`;
      const bytes = await sharp(await pngImage(40, 40)).webp().toBuffer();
      writeFileSync(path.join(folder, used), bytes);
      await testDb.db.organization.update({ where: { id: company.id }, data: { logoPath: used } });
      // Left by a removal that failed long ago, and one an old instance may be about to use.
      const stale = `${"d".repeat(32)}.webp`;
      const fresh = `${"e".repeat(32)}.webp`;
      writeFileSync(path.join(folder, stale), "old");
      utimesSync(path.join(folder, stale), new Date("2026-01-01"), new Date("2026-01-01"));
      writeFileSync(path.join(folder, fresh), "new");
      expect((await fetchLogo(used)).status).toBe(404);

      const store = createPostgresLogoStore(testDb.db);
      const migrate = () => moveFileLogosToStore({ db: testDb.db, store, uploadDir: uploads });
      // Two instances starting at once move each file once.
      const runs = await Promise.all([migrate(), migrate()]);
      expect(runs.reduce((n, r) => n + r.moved, 0)).toBeGreaterThanOrEqual(1);

      const served = await fetchLogo(used);
      expect(served.status).toBe(200);
      expect(Buffer.from(await served.arrayBuffer())).toEqual(bytes);
      expect(readdirSync(folder)).toEqual([fresh]);
      expect(await storedLogos()).not.toContain(stale);

      // Once nothing is left the folder goes, and later starts have nothing to do.
      rmSync(path.join(folder, fresh));
      expect(await migrate()).toEqual({ moved: 0, removed: 0, kept: 0 });
      expect(existsSync(folder)).toBe(false);
    } finally {
      rmSync(uploads, { recursive: true, force: true });
    }
  });
});

describe("switching to S3 storage", () => {
  it("moves the logos companies use from the database into the bucket and drops old unused rows", async () => {
    const { owner, company } = await setup();
    await upload(owner, logoForm(company.id, await pngImage(60, 60)));
    const { logoPath } = await testDb.db.organization.findUniqueOrThrow({ where: { id: company.id } });
    const before = await testDb.db.logoBlob.findUniqueOrThrow({ where: { name: logoPath! } });
    const unused = `${"f".repeat(32)}.webp`;
    await createPostgresLogoStore(testDb.db).put(unused, { data: Buffer.from("left behind"), contentType: "image/webp" });
    await testDb.db.logoBlob.update({ where: { name: unused }, data: { createdAt: new Date("2026-01-01") } });

    // A bucket as the S3 store sees it: names to bytes.
    const bucket = new Map<string, { data: Buffer; contentType: string }>();
    const s3: LogoStore = {
      kind: "s3",
      put: async (name, logo) => void bucket.set(name, logo),
      get: async () => null,
      remove: async (names) => names.forEach((n) => bucket.delete(n)),
    };
    expect(await moveDatabaseLogosToStore({ db: testDb.db, store: s3 })).toMatchObject({ removed: 1 });
    expect(bucket.get(logoPath!)).toEqual({ data: Buffer.from(before.data), contentType: "image/webp" });
    expect(bucket.has(unused)).toBe(false);
    expect(await testDb.db.logoBlob.count({ where: { name: { in: [logoPath!, unused] } } })).toBe(0);
  });
});

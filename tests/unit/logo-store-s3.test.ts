// SPDX-License-Identifier: EUPL-1.2
import { createHash, createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createS3LogoStore, S3StorageError, type S3LogoStoreOptions } from "@/lib/companies/logo-store-s3";
import { parseSettings, envProblems } from "@/lib/env/schema";

/**
 * What the S3 logo store would send, checked without a server: the addresses, the headers, and
 * a signature recomputed here from AWS's Signature Version 4 description, independently of the
 * library the store signs with. The reference itself is first checked against AWS's published
 * example, so a mistake in it cannot make both sides agree.
 */

const sha256 = (data: string | Uint8Array) => createHash("sha256").update(data).digest("hex");
const hmac = (key: string | Buffer, data: string) => createHmac("sha256", key).update(data).digest();

/** AWS Signature V4 for a request with headers signed as listed (host included), per AWS's docs. */
function referenceSignature(r: {
  method: string;
  url: URL;
  headers: Record<string, string>;
  signedHeaders: string[];
  payloadHash: string;
  amzDate: string;
  region: string;
  secret: string;
}): string {
  const canonicalHeaders = r.signedHeaders
    .map((h) => `${h}:${h === "host" ? r.url.host : r.headers[h].trim()}\n`)
    .join("");
  const canonicalRequest = [
    r.method,
    r.url.pathname,
    r.url.search.replace(/^\?/, ""),
    canonicalHeaders,
    r.signedHeaders.join(";"),
    r.payloadHash,
  ].join("\n");
  const day = r.amzDate.slice(0, 8);
  const scope = `${day}/${r.region}/s3/aws4_request`;
  const stringToSign = ["AWS4-HMAC-SHA256", r.amzDate, scope, sha256(canonicalRequest)].join("\n");
  const key = hmac(hmac(hmac(hmac(`AWS4${r.secret}`, day), r.region), "s3"), "aws4_request");
  return createHmac("sha256", key).update(stringToSign).digest("hex");
}

const EXAMPLE_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

describe("the reference signature", () => {
  it("reproduces AWS's published example of a signed GET Object request", () => {
    const empty = sha256("");
    expect(
      referenceSignature({
        method: "GET",
        url: new URL("https://examplebucket.s3.amazonaws.com/test.txt"),
        headers: { range: "bytes=0-9", "x-amz-content-sha256": empty, "x-amz-date": "20130524T000000Z" },
        signedHeaders: ["host", "range", "x-amz-content-sha256", "x-amz-date"],
        payloadHash: empty,
        amzDate: "20130524T000000Z",
        region: "us-east-1",
        secret: EXAMPLE_SECRET,
      }),
    ).toBe("f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41");
  });
});

const NAME = `${"ab12".repeat(8)}.webp`;
const WHEN = new Date("2026-12-06T05:30:15.123Z");

function storeWith(overrides: Partial<S3LogoStoreOptions> = {}, answer = () => new Response(null, { status: 200 })) {
  const sent: Request[] = [];
  const store = createS3LogoStore({
    endpoint: "http://127.0.0.1:9000",
    region: "eu-central-1",
    bucket: "portal-logos",
    accessKeyId: "AKIDPORTALEXAMPLE",
    secretAccessKey: EXAMPLE_SECRET,
    pathStyle: true,
    now: () => WHEN,
    send: async (request) => {
      sent.push(request);
      return answer();
    },
    ...overrides,
  });
  return { store, sent };
}

/** Checks a request's Authorization header against the reference. */
async function expectValidSignature(request: Request, region: string) {
  const auth = request.headers.get("authorization") ?? "";
  const match = /^AWS4-HMAC-SHA256 Credential=([^,]+), SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$/.exec(auth);
  expect(match, auth).not.toBeNull();
  const [, credential, signedHeaders, signature] = match!;
  expect(credential).toBe(`AKIDPORTALEXAMPLE/20261206/${region}/s3/aws4_request`);
  const headers = Object.fromEntries(request.headers.entries());
  const body = new Uint8Array(await request.clone().arrayBuffer());
  // The signed payload hash is the body's, not UNSIGNED-PAYLOAD: S3 refuses bytes changed on the way.
  expect(headers["x-amz-content-sha256"]).toBe(sha256(body));
  expect(headers["x-amz-date"]).toBe("20261206T053015Z");
  expect(
    referenceSignature({
      method: request.method,
      url: new URL(request.url),
      headers,
      signedHeaders: signedHeaders.split(";"),
      payloadHash: sha256(body),
      amzDate: "20261206T053015Z",
      region,
      secret: EXAMPLE_SECRET,
    }),
  ).toBe(signature);
  return signedHeaders.split(";");
}

describe("S3 logo store requests", () => {
  it("puts a logo at the bucket's logos/ key, with its type and hash, signed over its bytes", async () => {
    const { store, sent } = storeWith();
    const data = Buffer.from("RIFF....WEBPVP8 not really an image");
    await store.put(NAME, { data, contentType: "image/webp" });

    expect(sent).toHaveLength(1);
    const [request] = sent;
    expect(request.method).toBe("PUT");
    expect(request.url).toBe(`http://127.0.0.1:9000/portal-logos/logos/${NAME}`);
    expect(request.headers.get("content-type")).toBe("image/webp");
    expect(request.headers.get("x-amz-meta-sha256")).toBe(sha256(data));
    expect(Buffer.from(await request.clone().arrayBuffer())).toEqual(data);
    const signed = await expectValidSignature(request, "eu-central-1");
    expect(signed).toEqual(expect.arrayContaining(["host", "x-amz-content-sha256", "x-amz-date", "x-amz-meta-sha256"]));
  });

  it("addresses the bucket as a host name when path style is off, keeping the endpoint's path", async () => {
    const { store, sent } = storeWith({ endpoint: "https://objects.example.net/storage/", pathStyle: false, region: "fsn1" });
    await store.get(NAME);
    expect(sent[0].method).toBe("GET");
    expect(sent[0].url).toBe(`https://portal-logos.objects.example.net/storage/logos/${NAME}`);
    await expectValidSignature(sent[0], "fsn1");
  });

  it("reads a logo with the type and hash it was stored with", async () => {
    const data = Buffer.from("webp bytes");
    const { store } = storeWith({}, () =>
      new Response(new Uint8Array(data), {
        status: 200,
        headers: {
          "content-type": "image/webp",
          "x-amz-meta-sha256": sha256(data),
          "last-modified": "Sun, 06 Dec 2026 05:00:00 GMT",
        },
      }),
    );
    expect(await store.get(NAME)).toEqual({
      data,
      contentType: "image/webp",
      sha256: sha256(data),
      size: data.length,
      createdAt: new Date("2026-12-06T05:00:00Z"),
    });
  });

  it("treats a missing object as no logo, and removing one as done", async () => {
    const { store, sent } = storeWith({}, () => new Response("<Error><Code>NoSuchKey</Code></Error>", { status: 404 }));
    expect(await store.get(NAME)).toBeNull();
    await expect(store.remove([NAME])).resolves.toBeUndefined();
    expect(sent.map((r) => r.method)).toEqual(["GET", "DELETE"]);
    await expectValidSignature(sent[1], "eu-central-1");
  });

  it("reports the service's error code when a write is refused", async () => {
    const { store } = storeWith({}, () => new Response("<Error><Code>AccessDenied</Code></Error>", { status: 403 }));
    const put = store.put(NAME, { data: Buffer.from("x"), contentType: "image/webp" });
    await expect(put).rejects.toThrow(S3StorageError);
    await expect(put).rejects.toThrow(`S3 PUT ${NAME} failed: 403 AccessDenied`);
  });
});

describe("S3 settings", () => {
  it("keep PostgreSQL as the default store", () => {
    expect(parseSettings({})).toMatchObject({ LOGO_STORAGE: "postgres", S3_REGION: "us-east-1", S3_PATH_STYLE: true });
  });

  it("name every missing S3 setting at start when LOGO_STORAGE=s3", () => {
    expect(envProblems({ LOGO_STORAGE: "s3", S3_BUCKET: "logos" }).sort()).toEqual([
      "S3_ACCESS_KEY_ID must be set when LOGO_STORAGE=s3",
      "S3_ENDPOINT must be set when LOGO_STORAGE=s3",
      "S3_SECRET_ACCESS_KEY must be set when LOGO_STORAGE=s3",
    ]);
    expect(envProblems({ LOGO_STORAGE: "disk" })).toEqual(['LOGO_STORAGE must be postgres or s3, got "disk"']);
    expect(envProblems({ S3_ENDPOINT: "s3.example.net" })).toEqual([
      'S3_ENDPOINT must be an http:// or https:// address without query, got "s3.example.net"',
    ]);
  });
});

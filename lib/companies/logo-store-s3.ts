// SPDX-License-Identifier: EUPL-1.2
import { AwsClient } from "aws4fetch";
import { sha256Hex } from "./logo-hash";
import type { LogoStore } from "./logo-store";

export interface S3LogoStoreOptions {
  /** The service's base address, e.g. https://s3.eu-central-1.amazonaws.com or http://127.0.0.1:9000. */
  endpoint: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** true: https://host/bucket/key (MinIO, Garage, Ceph); false: https://bucket.host/key. */
  pathStyle: boolean;
  /** Sends the signed request; tests pass their own to see what would go over the wire. */
  send?: (request: Request) => Promise<Response>;
  /** The signing time; tests fix it. */
  now?: () => Date;
}

/** Objects live under this prefix, so the bucket may hold other things too. */
const PREFIX = "logos/";
const EMPTY_SHA256 = sha256Hex(new Uint8Array());

export class S3StorageError extends Error {
  constructor(operation: string, key: string, status: number, body: string) {
    // S3's XML error names the problem (NoSuchBucket, AccessDenied, SignatureDoesNotMatch…).
    const code = /<Code>([^<]+)<\/Code>/.exec(body)?.[1];
    super(`S3 ${operation} ${key} failed: ${status}${code ? ` ${code}` : ""}`);
    this.name = "S3StorageError";
  }
}

/** Logos as objects in an S3-compatible bucket, each request signed with AWS Signature V4. */
export function createS3LogoStore(options: S3LogoStoreOptions): LogoStore {
  const client = new AwsClient({
    accessKeyId: options.accessKeyId,
    secretAccessKey: options.secretAccessKey,
    service: "s3",
    region: options.region,
  });
  const send = options.send ?? ((request: Request) => fetch(request));
  const now = options.now ?? (() => new Date());

  function objectUrl(name: string): string {
    const base = new URL(options.endpoint);
    const basePath = base.pathname.replace(/\/+$/, "");
    const key = `${PREFIX}${encodeURIComponent(name)}`;
    if (options.pathStyle) return `${base.origin}${basePath}/${encodeURIComponent(options.bucket)}/${key}`;
    return `${base.protocol}//${options.bucket}.${base.host}${basePath}/${key}`;
  }

  async function request(method: "GET" | "PUT" | "DELETE", name: string, init: { body?: Uint8Array; headers?: Record<string, string> } = {}) {
    const signed = await client.sign(objectUrl(name), {
      method,
      body: init.body as BodyInit | undefined,
      headers: {
        ...init.headers,
        // The payload's hash is signed, so the service refuses bytes changed on the way.
        "x-amz-content-sha256": init.body ? sha256Hex(init.body) : EMPTY_SHA256,
      },
      aws: { datetime: now().toISOString().replace(/[:-]|\.\d{3}/g, "") },
    });
    return send(signed);
  }

  return {
    kind: "s3",
    async put(name, { data, contentType }) {
      const body = new Uint8Array(data);
      const response = await request("PUT", name, {
        body,
        headers: { "content-type": contentType, "x-amz-meta-sha256": sha256Hex(body) },
      });
      if (!response.ok) throw new S3StorageError("PUT", name, response.status, await response.text());
    },
    async get(name) {
      const response = await request("GET", name);
      if (response.status === 404) return null;
      if (!response.ok) throw new S3StorageError("GET", name, response.status, await response.text());
      const data = Buffer.from(await response.arrayBuffer());
      return {
        data,
        contentType: response.headers.get("content-type") ?? "application/octet-stream",
        sha256: response.headers.get("x-amz-meta-sha256") ?? sha256Hex(data),
        size: data.length,
        createdAt: new Date(response.headers.get("last-modified") ?? Date.now()),
      };
    },
    async remove(names) {
      for (const name of names) {
        const response = await request("DELETE", name);
        if (!response.ok && response.status !== 404) {
          throw new S3StorageError("DELETE", name, response.status, await response.text());
        }
      }
    },
  };
}

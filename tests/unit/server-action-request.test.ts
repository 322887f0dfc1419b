// SPDX-License-Identifier: EUPL-1.2
import { createRequire } from "node:module";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  isWellFormedActionRequest,
  isWellFormedFormAction,
  isWellFormedMultipartReply,
  isWellFormedTextReply,
} from "@/lib/http/server-action-request";

// The encoder the browser uses to send server action arguments, from the React build Next.js ships.
const { encodeReply } = createRequire(import.meta.url)("next/dist/compiled/react-server-dom-turbopack/client.edge.js") as {
  encodeReply: (args: unknown[]) => Promise<string | FormData>;
};

async function isWellFormedReply(args: unknown[]): Promise<boolean> {
  const body = await encodeReply(args);
  return typeof body === "string" ? isWellFormedTextReply(body) : isWellFormedMultipartReply(body);
}

function form(entries: Record<string, string | Blob>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.append(key, value);
  return data;
}

describe("what the browser sends for a server action", () => {
  it("accepts the portal's kinds of arguments", async () => {
    const upload = form({ organizationId: "cmxau6pz40007wp7dc15gxye7", file: new File(["%PDF-1.7"], "offer.pdf") });
    const shared = { slug: "firma" };
    for (const args of [
      [{ email: "a@example.com", password: "$ecret", remember: true, count: 3, note: null }],
      [{ startsAt: new Date("2026-12-05T10:00:00Z"), tags: ["cnc", "$$"], missing: undefined }],
      [null, upload],
      [{ ok: false, code: "validation", fieldErrors: {}, formError: null }, upload],
      [{ first: shared, second: shared }],
      [new Map([["a", 1]]), new Set(["x"]), 10n, Infinity, -0, NaN],
      [],
    ]) {
      expect(await isWellFormedReply(args), JSON.stringify(args, (_, v) => (typeof v === "bigint" ? String(v) : v))).toBe(true);
    }
  });

  it("accepts any JSON-like argument list", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.jsonValue(), { maxLength: 4 }), (args) => isWellFormedReply(args)),
      { numRuns: 200 },
    );
  });
});

describe("bodies React's decoder would fail on", () => {
  it.each([
    ["not JSON", "not json{"],
    ["not an argument list", "null"],
    ["a bare string", '"x"'],
    ["a promise of a missing part", '["$@1"]'],
    ["a missing outlined value", '["$1"]'],
    ["a path into a missing part", '["$1:a:b"]'],
    ["a path to a missing key", '[{"a":1},"$0:0:b"]'],
    ["a Map without entries", '["$Q1"]'],
    ["a server reference", '["$h1"]'],
    ["a typed array", '["$A1"]'],
    ["a stream", '["$R1"]'],
    ["a temporary reference", '["$T"]'],
    ["a BigInt that is no number", '["$nabc"]'],
    ["an unknown tag", '["$zzz"]'],
    ["a bare dollar sign", '["$"]'],
    ["deep nesting", `${"[".repeat(100)}${"]".repeat(100)}`],
  ])("refuses %s", (_, body) => {
    expect(isWellFormedTextReply(body)).toBe(false);
  });

  it("refuses multipart replies whose references do not resolve", () => {
    expect(isWellFormedMultipartReply(form({}))).toBe(false);
    expect(isWellFormedMultipartReply(form({ 0: '["$B1"]', 1: "not a file" }))).toBe(false);
    expect(isWellFormedMultipartReply(form({ 0: '["$1"]', 1: "not json" }))).toBe(false);
    expect(isWellFormedMultipartReply(form({ 0: '["$1"]', 1: '["$h2"]' }))).toBe(false);
    expect(isWellFormedMultipartReply(form({ 0: '["$1"]', 1: '["$0"]' }))).toBe(true);
    expect(isWellFormedMultipartReply(form({ 0: '["$B1"]', 1: new File(["x"], "x.bin") }))).toBe(true);
  });

  it("checks the bound arguments of a form posted without JavaScript", () => {
    const id = "7f04f7f39b9204866dd3caa4d2ab2b68826bc3e89a";
    expect(isWellFormedFormAction(form({ [`$ACTION_ID_${id}`]: "", email: "a@example.com" }))).toBe(true);
    expect(isWellFormedFormAction(form({ $ACTION_REF_1: "", "$ACTION_1:0": `{"id":"${id}","bound":"$@1"}`, "$ACTION_1:1": "[null]" }))).toBe(true);
    expect(isWellFormedFormAction(form({ $ACTION_REF_1: "", "$ACTION_1:0": `{"id":"${id}","bound":null}` }))).toBe(true);
    expect(isWellFormedFormAction(form({ $ACTION_REF_1: "", "$ACTION_1:0": `{"id":"${id}","bound":"$@1"}` }))).toBe(false);
    expect(isWellFormedFormAction(form({ $ACTION_REF_1: "", "$ACTION_1:0": `{"id":"${id}","bound":"$@1"}`, "$ACTION_1:1": '"x"' }))).toBe(false);
    expect(isWellFormedFormAction(form({ $ACTION_REF_1: "", "$ACTION_1:0": "garbage" }))).toBe(false);
  });
});

describe("requests", () => {
  const action = "7f04f7f39b9204866dd3caa4d2ab2b68826bc3e89a";
  const post = (body: BodyInit, headers: Record<string, string>) =>
    new Request("http://portal.test/de/forgot-password", { method: "POST", body, headers });

  it("reads a copy of the body, leaving it to the action", async () => {
    const request = post('[{"email":"a@example.com"}]', { "next-action": action, "content-type": "text/plain;charset=UTF-8" });
    expect(await isWellFormedActionRequest(request)).toBe(true);
    expect(await request.json()).toEqual([{ email: "a@example.com" }]);
  });

  it("refuses a multipart body that does not parse, with or without an action header", async () => {
    const garbage = { "content-type": "multipart/form-data; boundary=xyz" };
    expect(await isWellFormedActionRequest(post("garbage", { ...garbage, "next-action": action }))).toBe(false);
    expect(await isWellFormedActionRequest(post("garbage", garbage))).toBe(false);
    expect(await isWellFormedActionRequest(post("garbage", { "content-type": "multipart/form-data", "next-action": action }))).toBe(false);
  });

  it("leaves other posts and other methods alone", async () => {
    expect(await isWellFormedActionRequest(post("a=1", { "content-type": "application/x-www-form-urlencoded" }))).toBe(true);
    expect(await isWellFormedActionRequest(new Request("http://portal.test/de"))).toBe(true);
  });
});

// SPDX-License-Identifier: EUPL-1.2
/**
 * Next.js hands the body of a server action request to React's reply decoder, and any error it
 * throws (unparsable JSON, a multipart body without its boundary, a reference to a part that is
 * not there) ends as a 500. proxy.ts checks the body against the shapes React's client produces
 * and answers everything else with 400 before it gets that far.
 *
 * A reply is a JSON argument list, either as the whole body or as part "0" of a multipart body
 * whose other parts hold outlined values ("$1"), files ("$B2") and FormData entries ("$K3").
 * Strings starting with "$" are encoded values; a literal "$" is written "$$".
 */

/** Mirrors experimental.serverActions.bodySizeLimit in next.config.ts. */
export const SERVER_ACTION_BODY_LIMIT_BYTES = 6 * 1024 * 1024;

/**
 * Whether a POST to a page is something React can decode; other requests are not checked. Reads
 * a copy of the body, so the action still gets the original.
 */
export async function isWellFormedActionRequest(request: Request): Promise<boolean> {
  if (request.method !== "POST") return true;
  const isFetchAction = request.headers.has("next-action");
  const multipart = (request.headers.get("content-type") ?? "").toLowerCase().startsWith("multipart/form-data");
  if (!isFetchAction && !multipart) return true;
  try {
    if (!multipart) return isWellFormedTextReply(await request.clone().text());
    const form = await request.clone().formData();
    return isFetchAction ? isWellFormedMultipartReply(form) : isWellFormedFormAction(form);
  } catch {
    // A multipart body that does not parse.
    return false;
  }
}

type Part = string | Blob;
type Parts = Pick<FormData, "get">;

// Values that need no other part: "$$…" (escaped text), undefined, Infinity, NaN, dates, -0 and -Infinity.
const SELF_CONTAINED = new Set(["$", "u", "I", "N", "D", "-"]);
// React refuses longer BigInts itself, by throwing.
const BIGINT = /^\$n-?\d{1,300}$/;
// Outlined values, promises, Maps, Sets and iterators: "$<hex id>" (with an optional ":key" path) or a tag and the id.
const OUTLINED = /^\$([@QWi]?)([0-9a-f]{1,8})((?::[^:]*)*)$/;
const FORM_DATA = /^\$K[0-9a-f]{1,8}$/;
const BLOB = /^\$B([0-9a-f]{1,8})$/;
const MAX_DEPTH = 64;

/** The JSON body of a fetch action without files: an argument list, itself part "0" of the reply. */
export function isWellFormedTextReply(body: string): boolean {
  return new ReplyChecker({ get: (key) => (key === "0" ? body : null) }, "").argumentList();
}

/** The multipart body of a fetch action, e.g. one with a file or a FormData argument. */
export function isWellFormedMultipartReply(parts: Parts): boolean {
  return new ReplyChecker(parts, "").argumentList();
}

/**
 * A form posted without JavaScript ("$ACTION_ID_<id>", or "$ACTION_REF_<n>" with the action and
 * its bound arguments in "$ACTION_<n>:…" parts). Other multipart posts to a page are let through
 * as long as they parse: they are no action, and Next.js renders the page.
 */
export function isWellFormedFormAction(form: FormData): boolean {
  for (const key of form.keys()) {
    if (!key.startsWith("$ACTION_REF_")) continue;
    const prefix = `$ACTION_${key.slice("$ACTION_REF_".length)}:`;
    const checker = new ReplyChecker(form, prefix);
    const descriptor = checker.outlined("0");
    if (!isPlainObject(descriptor) || typeof descriptor.id !== "string" || !checker.value(descriptor, 0)) return false;
    const bound = descriptor.bound;
    if (bound !== null && !(typeof bound === "string" && Array.isArray(checker.resolve(bound)))) return false;
  }
  return true;
}

class ReplyChecker {
  private readonly checked = new Set<string>();

  constructor(
    private readonly parts: Parts,
    private readonly prefix: string,
  ) {}

  argumentList(): boolean {
    const root = this.outlined("0");
    this.checked.add("0");
    return Array.isArray(root) && this.value(root, 0);
  }

  /** The parsed JSON of an outlined part, or undefined when it is missing or not JSON. */
  outlined(id: string): unknown {
    const part: Part | null = this.parts.get(this.prefix + id);
    return typeof part === "string" ? parseJson(part) : undefined;
  }

  /** What a reference string points to, or undefined when React would fail to resolve it. */
  resolve(reference: string, depth = 0): unknown {
    const match = OUTLINED.exec(reference);
    if (!match || depth > MAX_DEPTH) return undefined;
    const [, tag, hexId, path] = match;
    // React looks parts up by the decimal form of the hexadecimal id.
    const id = String(parseInt(hexId, 16));
    let target = this.outlined(id);
    if (target === undefined) return undefined;
    if (!this.checked.has(id)) {
      // Marked first, so parts that refer to each other are checked once.
      this.checked.add(id);
      if (!this.value(target, depth + 1)) return undefined;
    }
    // A path ("$0:1:name") leads to a value inside the part; on its way it may pass through
    // another outlined value.
    for (const key of path.split(":").slice(1)) {
      if (typeof target === "string" && OUTLINED.exec(target)?.[1] === "") target = this.resolve(target, depth + 1);
      if (!(Array.isArray(target) || isPlainObject(target)) || !Object.hasOwn(target, key)) return undefined;
      target = (target as Record<string, unknown>)[key];
    }
    if (tag === "Q" && !(Array.isArray(target) && target.every((entry) => Array.isArray(entry) && entry.length === 2))) return undefined;
    if ((tag === "W" || tag === "i") && !Array.isArray(target)) return undefined;
    return target;
  }

  value(value: unknown, depth: number): boolean {
    if (depth > MAX_DEPTH) return false;
    if (typeof value === "string") return this.string(value, depth);
    if (Array.isArray(value)) return value.every((item) => this.value(item, depth + 1));
    if (isPlainObject(value)) return Object.values(value).every((item) => this.value(item, depth + 1));
    return true;
  }

  private string(value: string, depth: number): boolean {
    if (!value.startsWith("$")) return true;
    if (SELF_CONTAINED.has(value[1])) return true;
    if (value[1] === "n") return BIGINT.test(value);
    if (FORM_DATA.test(value)) return true;
    const blob = BLOB.exec(value);
    if (blob) return this.parts.get(this.prefix + String(parseInt(blob[1], 16))) instanceof Blob;
    return this.resolve(value, depth) !== undefined;
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

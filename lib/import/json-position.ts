// SPDX-License-Identifier: EUPL-1.2
/**
 * Finds where a JSON text stops being valid. JSON.parse on Node 20 often says only "Unexpected
 * token" without a position, which is useless for a 50 MB export; this walks the text once more
 * (only after JSON.parse failed) to name the line and column.
 */
export interface JsonSyntaxError {
  offset: number;
  line: number;
  column: number;
  message: string;
}

class Failure {
  constructor(
    readonly offset: number,
    readonly message: string,
  ) {}
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /^[0-9a-fA-F]{4}$/;

export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  let i = 0;
  const found = () => (i >= text.length ? "the end of the file" : JSON.stringify(text[i]));
  const fail = (expected: string): never => {
    throw new Failure(i, `expected ${expected} but found ${found()}`);
  };
  const skipSpace = () => {
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) break;
      i++;
    }
  };

  const string = () => {
    i++;
    for (;;) {
      if (i >= text.length) throw new Failure(i, "a string is not closed");
      const c = text[i];
      if (c === '"') {
        i++;
        return;
      }
      if (c === "\\") {
        const next = text[i + 1];
        if (next !== undefined && '"\\/bfnrt'.includes(next)) i += 2;
        else if (next === "u" && HEX4.test(text.slice(i + 2, i + 6))) i += 6;
        else throw new Failure(i, "invalid escape sequence in a string");
      } else if (text.charCodeAt(i) < 0x20) {
        throw new Failure(i, "a line break or control character inside a string (write it as \\n)");
      } else {
        i++;
      }
    }
  };

  const value = (): void => {
    skipSpace();
    const c = text[i];
    if (c === "{") {
      i++;
      skipSpace();
      if (text[i] === "}") {
        i++;
        return;
      }
      for (;;) {
        skipSpace();
        if (text[i] !== '"') fail("a property name in double quotes");
        string();
        skipSpace();
        if (text[i] !== ":") fail('":"');
        i++;
        value();
        skipSpace();
        if (text[i] === ",") i++;
        else if (text[i] === "}") {
          i++;
          return;
        } else fail('"," or "}"');
      }
    }
    if (c === "[") {
      i++;
      skipSpace();
      if (text[i] === "]") {
        i++;
        return;
      }
      for (;;) {
        value();
        skipSpace();
        if (text[i] === ",") i++;
        else if (text[i] === "]") {
          i++;
          return;
        } else fail('"," or "]"');
      }
    }
    if (c === '"') return string();
    if (c === "-" || (c !== undefined && c >= "0" && c <= "9")) {
      NUMBER.lastIndex = i;
      if (!NUMBER.test(text)) fail("a number");
      i = NUMBER.lastIndex;
      return;
    }
    for (const literal of ["true", "false", "null"]) {
      if (text.startsWith(literal, i)) {
        i += literal.length;
        return;
      }
    }
    fail("a value");
  };

  try {
    value();
    skipSpace();
    if (i < text.length) fail("the end of the file after the top-level value");
    return null;
  } catch (e) {
    if (e instanceof RangeError) return locate(text, i, "the data is nested too deeply");
    if (!(e instanceof Failure)) throw e;
    return locate(text, e.offset, e.message);
  }
}

function locate(text: string, offset: number, message: string): JsonSyntaxError {
  let line = 1;
  let lineStart = 0;
  for (let at = text.indexOf("\n"); at !== -1 && at < offset; at = text.indexOf("\n", at + 1)) {
    line++;
    lineStart = at + 1;
  }
  return { offset, line, column: offset - lineStart + 1, message };
}

// SPDX-License-Identifier: EUPL-1.2
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

/**
 * Loads Prisma's schema engine compiled to WebAssembly. Its diff needs no database and no
 * native engine download, so migrations can be generated and checked on any machine.
 */
type DiffTarget =
  | { tag: "empty" }
  | { tag: "url"; url: string }
  | { tag: "schemaDatamodel"; files: { path: string; content: string }[] };

interface WasmSchemaEngine {
  diff(params: {
    from: DiffTarget;
    to: DiffTarget;
    script: boolean;
    exitCode: boolean | null;
    filters: { externalTables: string[]; externalEnums: string[] };
  }): Promise<{ exitCode: number; stdout: string | null }>;
  free(): void;
}

async function loadEngineModule() {
  const require = createRequire(import.meta.url);
  const bgPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const dir = path.dirname(bgPath);
  const bg = await import(pathToFileURL(bgPath).href);
  const bytes = await readFile(path.join(dir, "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bg });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return bg as { SchemaEngine: { new: (o: unknown, cb: unknown, a: unknown) => Promise<WasmSchemaEngine> } };
}

/**
 * The engine wants a reachable database when it starts, even though a diff of two
 * datamodels is computed in memory and changes nothing there.
 */
function engineAdapter(connectionString: string) {
  return bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString }));
}

/** SQL that turns a database described by `from` into one described by `to`. */
export async function diffDatamodels(
  from: string | null,
  to: string,
  connectionString: string,
): Promise<string> {
  const mod = await loadEngineModule();
  const engine = await mod.SchemaEngine.new(
    { datamodels: [["schema.prisma", to]] },
    () => {},
    engineAdapter(connectionString),
  );
  try {
    const result = await engine.diff({
      from: from === null ? { tag: "empty" } : { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: from }] },
      to: { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: to }] },
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    });
    return result.stdout ?? "";
  } finally {
    engine.free();
  }
}

// SPDX-License-Identifier: EUPL-1.2
/**
 * Worker threads that build reindex batches, when a reindex asks for them (`npm run
 * search:reindex` and the seed's catch-up do, see bulkBuildThreads; other reindexes build in
 * their own thread): building a document's row is JavaScript work on words (base forms,
 * compound parts, concepts), and on idle cores workers do it while the main thread writes, at
 * the cost of a copy of the dictionaries each. Results come back in the order the batches went in, so facet
 * groups are numbered and vocabulary display forms chosen exactly as one thread would.
 */
import { createRequire } from "node:module";
import os from "node:os";
import { Worker } from "node:worker_threads";
import type { SourceBatch } from "../document-source";
import type { BuiltBatch } from "./postgres-build";

interface Task {
  id: number;
  batch: SourceBatch;
  resolve: (b: BuiltBatch) => void;
  reject: (e: Error) => void;
}

type Reply = { ready: true } | { id: number; batch: BuiltBatch } | { id: number; error: string };

/**
 * The worker's module, loaded through the TypeScript loader when this code runs from source
 * (scripts and tests run under tsx or Vitest, whose loaders do not reach worker threads).
 */
function spawn(): Worker {
  const entry = new URL(`./postgres-build-worker${import.meta.url.endsWith(".ts") ? ".ts" : ".js"}`, import.meta.url);
  if (!entry.pathname.endsWith(".ts")) return new Worker(entry);
  const api = createRequire(import.meta.url).resolve("tsx/esm/api");
  const code = `import(${JSON.stringify(`file://${api}`)}).then(({ tsImport }) => tsImport(${JSON.stringify(entry.href)}, ${JSON.stringify(import.meta.url)}))`;
  return new Worker(code, { eval: true });
}

export const defaultBuildWorkers = () => Math.max(1, Math.min(os.availableParallelism(), 8));

export class BuildPool {
  private readonly queue: Task[] = [];
  private readonly busy = new Map<Worker, Task>();
  private nextId = 1;
  private failure: Error | null = null;

  private constructor(private readonly workers: Worker[]) {
    for (const w of workers) {
      w.on("message", (m: Reply) => this.reply(w, m));
      w.on("error", (e) => this.fail(e));
      w.on("exit", (code) => code !== 0 && this.fail(new Error(`a build worker stopped with code ${code}`)));
    }
  }

  static async start(size = defaultBuildWorkers(), timeoutMs = 60_000): Promise<BuildPool> {
    const workers: Worker[] = [];
    try {
      for (let i = 0; i < size; i++) workers.push(spawn());
      await Promise.all(
        workers.map(
          (w) =>
            new Promise<void>((resolve, reject) => {
              const timer = setTimeout(() => reject(new Error("a build worker did not start")), timeoutMs);
              w.once("message", () => (clearTimeout(timer), resolve()));
              w.once("error", (e) => (clearTimeout(timer), reject(e)));
            }),
        ),
      );
      return new BuildPool(workers);
    } catch (e) {
      await Promise.all(workers.map((w) => w.terminate()));
      throw new Error(`search build workers could not start: ${(e as Error).message}`);
    }
  }

  get size(): number {
    return this.workers.length;
  }

  build(batch: SourceBatch): Promise<BuiltBatch> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, batch, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private dispatch() {
    for (const w of this.workers) {
      if (!this.queue.length) return;
      if (this.busy.has(w)) continue;
      const task = this.queue.shift()!;
      this.busy.set(w, task);
      w.postMessage({ id: task.id, kind: task.batch.kind, json: task.batch.json });
    }
  }

  private reply(w: Worker, m: Reply) {
    if ("ready" in m) return;
    const task = this.busy.get(w);
    if (!task || task.id !== m.id) return;
    this.busy.delete(w);
    if ("error" in m) task.reject(new Error(`building search documents failed: ${m.error}`));
    else task.resolve(m.batch);
    this.dispatch();
  }

  private fail(e: Error) {
    this.failure ??= e;
    for (const task of [...this.busy.values(), ...this.queue.splice(0)]) task.reject(this.failure);
    this.busy.clear();
  }
}

/**
 * Built batches in source order, with up to `ahead` batches being built at once, so every
 * worker has one while the caller writes the previous ones.
 */
export async function* builtInOrder(
  pool: BuildPool,
  source: AsyncIterable<SourceBatch>,
  ahead = pool.size + 1,
): AsyncGenerator<BuiltBatch> {
  const pending: Promise<BuiltBatch>[] = [];
  try {
    for await (const batch of source) {
      const built = pool.build(batch);
      // Rejections surface where the batch is awaited, in order.
      built.catch(() => {});
      pending.push(built);
      if (pending.length >= ahead) yield await pending.shift()!;
    }
    while (pending.length) yield await pending.shift()!;
  } finally {
    await Promise.allSettled(pending);
  }
}

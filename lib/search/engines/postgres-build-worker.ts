// SPDX-License-Identifier: EUPL-1.2
/**
 * Worker thread of a full reindex: parses a batch of raw rows, builds its documents and their
 * rows, and hands back plain values (see postgres-build-pool.ts).
 */
import { parentPort } from "node:worker_threads";
import type { SourceKind } from "../document-source";
import { buildSourceBatch } from "./postgres-build";

const port = parentPort;
if (!port) throw new Error("postgres-build-worker runs in a worker thread");

port.on("message", (task: { id: number; kind: SourceKind; json: string }) => {
  try {
    port.postMessage({ id: task.id, batch: buildSourceBatch(task) });
  } catch (e) {
    port.postMessage({ id: task.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
});
// The modules above are loaded: the pool may count on this worker.
port.postMessage({ ready: true });

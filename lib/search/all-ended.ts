// SPDX-License-Identifier: EUPL-1.2
/**
 * The values of promises that run side by side, once every one of them has ended: a failure is
 * thrown only then (the first one), so nothing started here is still running when the caller
 * goes on, for example with the connections the others use.
 */
export async function allEnded<T>(work: readonly Promise<T>[]): Promise<T[]> {
  const settled = await Promise.allSettled(work);
  const failed = settled.find((r) => r.status === "rejected");
  if (failed) throw failed.reason;
  return settled.map((r) => (r as PromiseFulfilledResult<T>).value);
}

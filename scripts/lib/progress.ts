// SPDX-License-Identifier: EUPL-1.2
import cliProgress from "cli-progress";

/** A progress bar on a terminal; plain periodic lines when output goes to a file or CI log. */
export function createProgress(label: string) {
  if (process.stdout.isTTY) {
    const bar = new cliProgress.SingleBar(
      { format: `${label} [{bar}] {percentage}% | {value}/{total} | {eta_formatted} left`, hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    return {
      update(done: number, total: number) {
        if (!started) {
          bar.start(total, done);
          started = true;
        } else bar.update(done);
      },
      stop: () => started && bar.stop(),
    };
  }
  let lastShown = -1;
  return {
    update(done: number, total: number) {
      const tenth = Math.floor((done / Math.max(total, 1)) * 10);
      if (tenth !== lastShown) {
        lastShown = tenth;
        console.log(`${label}: ${done}/${total}`);
      }
    },
    stop: () => {},
  };
}

// SPDX-License-Identifier: EUPL-1.2
import { writeFile } from "node:fs/promises";
import { chromium, type Browser, type TestInfo } from "@playwright/test";
import QRCode from "qrcode";

/**
 * A camera for Chromium that films a QR code: a Y4M file (a text header, then raw YUV 4:2:0
 * frames), which `--use-file-for-fake-video-capture` plays in a loop as the webcam.
 */
export async function writeQrVideo(text: string, file: string, options: { width?: number; height?: number; frames?: number } = {}) {
  const width = options.width ?? 640;
  const height = options.height ?? 480;
  const qr = QRCode.create(text, { errorCorrectionLevel: "M" });
  const modules = qr.modules.size;
  const quiet = 4;
  const cell = Math.floor(Math.min(width, height) / (modules + 2 * quiet));
  const left = Math.floor((width - modules * cell) / 2);
  const top = Math.floor((height - modules * cell) / 2);
  const luma = Buffer.alloc(width * height, 235);
  for (let row = 0; row < modules; row++) {
    for (let col = 0; col < modules; col++) {
      if (!qr.modules.get(row, col)) continue;
      for (let y = 0; y < cell; y++) luma.fill(16, (top + row * cell + y) * width + left + col * cell, (top + row * cell + y) * width + left + (col + 1) * cell);
    }
  }
  // Grey chroma: no colour at all.
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from("FRAME\n"), luma, chroma]);
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`);
  await writeFile(file, Buffer.concat([header, ...Array.from({ length: options.frames ?? 10 }, () => frame)]));
}

/** A second Chromium, launched like the project's, whose camera shows the given video without asking. */
export async function browserWithCamera(testInfo: TestInfo, video: string): Promise<Browser> {
  const launch = testInfo.project.use.launchOptions ?? {};
  return chromium.launch({
    ...launch,
    args: [...(launch.args ?? []), "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream", `--use-file-for-fake-video-capture=${video}`],
  });
}

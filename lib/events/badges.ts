// SPDX-License-Identifier: EUPL-1.2
import { readFile } from "node:fs/promises";
import path from "node:path";
import fontkit from "@pdf-lib/fontkit";
import { PDFDocument, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import QRCode from "qrcode";
import { formatCheckInCode } from "./check-in-code";

export type BadgeData = { name: string; company: string; code: string; eventTitle: string; date: string };
export type BadgeLayout = "a6" | "labels";

const MM = 72 / 25.4;
const A6 = [105 * MM, 148 * MM] as const;
const A4 = [210 * MM, 297 * MM] as const;
/** Common 2 × 4 label sheets (105 × 74 mm), so badges go into standard name-badge sleeves. */
const LABEL = { cols: 2, rows: 4, width: 105 * MM, height: (297 / 4) * MM } as const;

/**
 * The standard PDF fonts speak Windows-1252 and lack č, ř, ě and ů, so badges embed DejaVu Sans
 * (a subset: only the letters a sheet uses). A letter the font still lacks is printed without its
 * accent rather than failing the whole sheet.
 */
const FONT_FILES = { regular: "DejaVuSans.ttf", bold: "DejaVuSans-Bold.ttf" } as const;
let fontBytes: Promise<{ regular: Uint8Array; bold: Uint8Array }> | null = null;

function loadFontBytes() {
  // Read from the installed package at run time; the server runs from the project folder.
  const file = (name: string) => readFile(path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf", name));
  fontBytes ??= Promise.all([file(FONT_FILES.regular), file(FONT_FILES.bold)]).then(([regular, bold]) => ({ regular, bold }));
  return fontBytes;
}

function printable(font: PDFFont, text: string): string {
  return [...text]
    .map((ch) => {
      try {
        font.encodeText(ch);
        return ch;
      } catch {
        return ch.normalize("NFD").replace(/[\u0300-\u036f]/g, "") || "?";
      }
    })
    .join("");
}

function fitted(font: PDFFont, text: string, size: number, width: number): { text: string; size: number } {
  let s = size;
  while (s > 6 && font.widthOfTextAtSize(text, s) > width) s -= 0.5;
  return { text, size: s };
}

/** The QR code as dark squares drawn into the PDF: vector, sharp at any printer resolution. */
function drawQr(page: PDFPage, code: string, x: number, y: number, size: number) {
  const qr = QRCode.create(code, { errorCorrectionLevel: "M" });
  const count = qr.modules.size;
  const quiet = 2;
  const cell = size / (count + 2 * quiet);
  for (let row = 0; row < count; row++) {
    for (let col = 0; col < count; col++) {
      if (!qr.modules.get(row, col)) continue;
      page.drawRectangle({
        x: x + (col + quiet) * cell,
        y: y + size - (row + quiet + 1) * cell,
        width: cell + 0.05,
        height: cell + 0.05,
        color: rgb(0, 0, 0),
      });
    }
  }
}

function drawBadge(page: PDFPage, fonts: { regular: PDFFont; bold: PDFFont }, b: BadgeData, x: number, y: number, w: number, h: number) {
  const margin = 6 * MM;
  const inner = w - 2 * margin;
  const qrSize = Math.min(inner * 0.62, h * 0.5);
  let cursor = y + h - margin;
  const line = (text: string, font: PDFFont, size: number) => {
    const f = fitted(font, printable(font, text), size, inner);
    cursor -= f.size * 1.25;
    page.drawText(f.text, { x: x + margin, y: cursor, size: f.size, font });
  };
  line(b.eventTitle, fonts.regular, h > 300 ? 10 : 8);
  line(b.date, fonts.regular, h > 300 ? 9 : 7);
  cursor -= h > 300 ? 14 : 4;
  line(b.name, fonts.bold, h > 300 ? 22 : 14);
  line(b.company, fonts.regular, h > 300 ? 14 : 10);
  const qrY = y + margin + (h > 300 ? 14 : 10);
  drawQr(page, b.code, x + (w - qrSize) / 2, qrY, qrSize);
  const codeText = formatCheckInCode(b.code);
  const size = h > 300 ? 11 : 8;
  page.drawText(codeText, {
    x: x + (w - fonts.regular.widthOfTextAtSize(codeText, size)) / 2,
    y: y + margin,
    size,
    font: fonts.regular,
  });
}

/** Badges as a PDF: one A6 page per person, or A4 sheets of eight labels for the organizer. */
export async function badgesPdf(badges: readonly BadgeData[], layout: BadgeLayout, title: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(title);
  pdf.registerFontkit(fontkit);
  const bytes = await loadFontBytes();
  const fonts = {
    regular: await pdf.embedFont(bytes.regular, { subset: true }),
    bold: await pdf.embedFont(bytes.bold, { subset: true }),
  };
  if (layout === "a6") {
    for (const b of badges) drawBadge(pdf.addPage([...A6]), fonts, b, 0, 0, A6[0], A6[1]);
  } else {
    const perSheet = LABEL.cols * LABEL.rows;
    for (let i = 0; i < badges.length; i += perSheet) {
      const page = pdf.addPage([...A4]);
      badges.slice(i, i + perSheet).forEach((b, k) => {
        const col = k % LABEL.cols;
        const row = Math.floor(k / LABEL.cols);
        drawBadge(page, fonts, b, col * LABEL.width, A4[1] - (row + 1) * LABEL.height, LABEL.width, LABEL.height);
      });
    }
  }
  if (!badges.length) pdf.addPage([...A6]);
  return pdf.save();
}

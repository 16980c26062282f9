import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import PDFDocument from "pdfkit";
import { db } from "@/db/client";
import { authorize, type Acting } from "@/lib/auth/authorize";
import { writeAudit } from "@/lib/audit/write";
import { dataAccess } from "@/lib/auth/data-access";
import { addressLines, attachmentDisposition, markdownBlocks, senderLines, type Block, type Letter, type Run } from "./letter";
import { getLetterForRecipient } from "./output-queries";

// The letter as an A4 PDF, laid out like the print view. pdfkit's built-in fonts know only Latin-1,
// so DejaVu is embedded (subset): Cyrillic, Kazakh (ә, ғ, қ, ң, ө, ұ, ү, һ, і) and Polish letters
// render as typed, and the text stays extractable.

// Read from the project's node_modules at run time: `next dev`, `next start` and the tests all run
// from the project folder. (A require.resolve would be rewritten by the bundler.)
const FONT_DIR = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
const FONT_FILES = {
  regular: "DejaVuSans.ttf",
  bold: "DejaVuSans-Bold.ttf",
  italic: "DejaVuSans-Oblique.ttf",
  boldItalic: "DejaVuSans-BoldOblique.ttf",
} as const;
type FontName = keyof typeof FONT_FILES;

let fonts: Record<FontName, Buffer> | undefined;
function loadFonts(): Record<FontName, Buffer> {
  fonts ??= Object.fromEntries(Object.entries(FONT_FILES).map(([name, file]) => [name, readFileSync(path.join(FONT_DIR, file))])) as Record<FontName, Buffer>;
  return fonts;
}

const fontOf = (r: { bold: boolean; italic: boolean }): FontName => (r.bold ? (r.italic ? "boldItalic" : "bold") : r.italic ? "italic" : "regular");
const MARGIN = 72; // 2.54 cm
const INDENT = 18;
const linkable = (href?: string) => (href && /^(https?:|mailto:)/i.test(href) ? href : undefined);

function writeRuns(doc: PDFKit.PDFDocument, runs: Run[], x: number, width: number, size: number): void {
  const parts = runs.filter((r) => r.text.length > 0);
  if (!parts.length) return void doc.moveDown(0.5);
  const y = doc.y;
  parts.forEach((r, i) => {
    doc.font(fontOf(r)).fontSize(size);
    const options = { width, continued: i < parts.length - 1, link: linkable(r.href) ?? null, underline: !!linkable(r.href), lineGap: 2 };
    if (i === 0) doc.text(r.text, x, y, options);
    else doc.text(r.text, options);
  });
}

function writeBlocks(doc: PDFKit.PDFDocument, blocks: Block[]): void {
  const width = doc.page.width - 2 * MARGIN;
  for (const block of blocks) {
    if (block.kind === "rule") {
      doc.moveDown(0.5).moveTo(MARGIN, doc.y).lineTo(MARGIN + width, doc.y).strokeColor("#999999").stroke().moveDown(0.5);
      continue;
    }
    if (block.kind === "heading") {
      doc.moveDown(0.4);
      writeRuns(doc, block.runs, MARGIN, width, Math.max(11, 16 - block.level));
      doc.moveDown(0.3);
      continue;
    }
    const x = MARGIN + block.indent * INDENT;
    if (block.marker) {
      const y = doc.y;
      doc.font("regular").fontSize(11).text(block.marker, x - INDENT, y, { width: INDENT - 2, lineBreak: false });
      doc.y = y;
    }
    writeRuns(doc, block.runs, x, width - block.indent * INDENT, 11);
    doc.moveDown(block.marker ? 0.3 : 0.7);
  }
}

/** The PDF bytes of one letter. */
export function renderLetterPdf(letter: Letter): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    info: { Title: letter.subject, Author: senderLines()[0], Subject: letter.appealTitle },
    lang: letter.language,
    displayTitle: true,
  });
  for (const [name, data] of Object.entries(loadFonts())) doc.registerFont(name, data);
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const width = doc.page.width - 2 * MARGIN;
  senderLines().forEach((line, i) => doc.font(i === 0 ? "bold" : "regular").fontSize(10).text(line, MARGIN, undefined, { width, align: "right" }));
  doc.moveDown(1).font("regular").fontSize(10).text(letter.date, MARGIN, undefined, { width, align: "right" });
  doc.moveDown(1.5);
  addressLines(letter.recipient).forEach((line, i) => doc.font(i === 0 ? "bold" : "regular").fontSize(11).text(line, MARGIN, undefined, { width }));
  doc.moveDown(2).font("bold").fontSize(12).text(letter.subject, MARGIN, undefined, { width });
  doc.moveDown(1);
  writeBlocks(doc, markdownBlocks(letter.bodyMarkdown));
  doc.end();
  return done;
}

/** GET …/pdf: the letter to one recipient as a download, audited. Readable by every role. */
export const letterPdf = dataAccess(async function letterPdf(user: Acting | null | undefined, appealId: string, recipientId: string): Promise<{ bytes: Buffer; disposition: string }> {
  authorize(user, "read");
  const letter = await getLetterForRecipient(user, appealId, recipientId);
  const bytes = await renderLetterPdf(letter);
  await db.transaction((tx) =>
    writeAudit(tx, user, {
      action: "download",
      entity: "appeal",
      entityId: letter.appealId,
      summary: `Letter to recipient ${letter.recipient.id} (PDF)`, // ids only: titles name people
    }),
  );
  return { bytes, disposition: attachmentDisposition(letter.recipient.name, "pdf") };
});

// One recipient's letter, and the pieces the print view, the PDF and the e-mail share: the date in
// the appeal's language, the salutation line, the Markdown body as blocks (one parser, so the PDF,
// the plain-text e-mail and its HTML alternative say the same thing), and download file names.
// Pure: no database, no I/O.
import type { Heading, List, PhrasingContent, RootContent } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { dateFormat } from "@/lib/format";
import { fieldsIn } from "@/lib/templates/merge-fields";
import { appealFieldValues, personalize, type AppealRecipientSnapshot } from "./merge";

export type LetterRecipient = AppealRecipientSnapshot & { id: string; email: string | null };

export type Letter = {
  appealId: string;
  appealTitle: string;
  language: string;
  recipient: LetterRecipient;
  caseNames: string[];
  /** the letter's date as printed, in the appeal's language */
  date: string;
  subject: string;
  bodyMarkdown: string;
};

/** Dates are the office's calendar days; the foundation works on Brussels/Warsaw time. */
const OFFICE_TIME_ZONE = "Europe/Brussels";

/**
 * "4 April 2018", "4 апреля 2018 г.", "4 kwietnia 2018": in the appeal's language when Intl knows
 * it. Plain English is written the European way (day month year), as the foundation writes.
 */
export function formatLetterDate(date: Date, language: string): string {
  let locale = "en-GB";
  try {
    locale = Intl.DateTimeFormat.supportedLocalesOf([language === "en" ? "en-GB" : language])[0] ?? locale;
  } catch {
    // not a valid language tag: keep English
  }
  return dateFormat(locale, { dateStyle: "long", timeZone: OFFICE_TIME_ZONE }).format(date);
}

/**
 * The subject and body one recipient receives. A body that does not place `{{salutation}}` itself
 * opens with it, so every letter greets its addressee ("Dear Minister," / "Dear Sir or Madam,").
 */
export function composeLetter(
  appeal: { id: string; title: string; language: string; subject: string; bodyMarkdown: string },
  recipient: LetterRecipient,
  caseNames: string[],
  date: Date,
): Letter {
  const printedDate = formatLetterDate(date, appeal.language);
  const { subject, bodyMarkdown } = personalize(appeal, recipient, caseNames, printedDate);
  let body = bodyMarkdown;
  if (!fieldsIn(appeal.bodyMarkdown).includes("salutation")) {
    const salutation = appealFieldValues(recipient, caseNames, printedDate).salutation;
    body = `${/[,:!.]$/.test(salutation) ? salutation : `${salutation},`}\n\n${bodyMarkdown}`;
  }
  return {
    appealId: appeal.id,
    appealTitle: appeal.title,
    language: appeal.language,
    recipient,
    caseNames,
    date: printedDate,
    subject: subject.trim() || appeal.title,
    bodyMarkdown: body,
  };
}

/** Who the letter is from: LETTER_SENDER, lines separated by "|" (name, foundation, address). */
export function senderLines(): string[] {
  const lines = (process.env.LETTER_SENDER || "Advocacy Desk").split("|").map((l) => l.trim());
  return lines.filter(Boolean);
}

/** The recipient block: name, title, organization, then the postal address line by line. */
export function addressLines(r: LetterRecipient): string[] {
  return [r.name, r.title, r.organization, ...(r.postalAddress ?? "").split(/\r?\n/)].map((l) => l?.trim() ?? "").filter(Boolean);
}

// ---- The body as blocks -------------------------------------------------------------------

export type Run = { text: string; bold: boolean; italic: boolean; href?: string };
export type Block =
  | { kind: "heading"; level: number; runs: Run[] }
  | { kind: "paragraph"; runs: Run[]; indent: number; marker?: string; quote?: boolean }
  | { kind: "rule" };

type Style = { bold: boolean; italic: boolean };

function inline(nodes: PhrasingContent[], style: Style): Run[] {
  return nodes.flatMap((node): Run[] => {
    switch (node.type) {
      case "text":
      case "inlineCode":
        return [{ text: node.value, ...style }];
      case "strong":
        return inline(node.children, { ...style, bold: true });
      case "emphasis":
        return inline(node.children, { ...style, italic: true });
      case "delete":
        return inline(node.children, style);
      case "link": {
        const runs = inline(node.children, style);
        return runs.map((r) => ({ ...r, href: node.url }));
      }
      case "break":
        return [{ text: "\n", ...style }];
      case "image":
        return node.alt ? [{ text: node.alt, ...style }] : [];
      default:
        // raw HTML is shown as typed, never interpreted
        return "value" in node && typeof node.value === "string" ? [{ text: node.value, ...style }] : [];
    }
  });
}

const plain: Style = { bold: false, italic: false };

function blocksOf(nodes: RootContent[], indent: number, quote: boolean): Block[] {
  return nodes.flatMap((node): Block[] => {
    switch (node.type) {
      case "heading":
        return [{ kind: "heading", level: (node as Heading).depth, runs: inline(node.children, { ...plain, bold: true }) }];
      case "paragraph":
        return [{ kind: "paragraph", runs: inline(node.children, plain), indent, quote }];
      case "blockquote":
        return blocksOf(node.children, indent + 1, true);
      case "list":
        return listBlocks(node, indent, quote);
      case "code":
        return node.value.split("\n").map((line) => ({ kind: "paragraph", runs: [{ text: line, ...plain }], indent, quote }) as Block);
      case "thematicBreak":
        return [{ kind: "rule" }];
      case "html":
        return [{ kind: "paragraph", runs: [{ text: node.value, ...plain }], indent, quote }];
      default:
        return [];
    }
  });
}

function listBlocks(list: List, indent: number, quote: boolean): Block[] {
  return list.children.flatMap((item, i) => {
    const marker = list.ordered ? `${(list.start ?? 1) + i}.` : "•";
    const inner = blocksOf(item.children, indent + 1, quote);
    // The marker goes on the item's first paragraph; nested lists keep their own.
    const first = inner.findIndex((b) => b.kind === "paragraph");
    if (first >= 0) inner[first] = { ...(inner[first] as Extract<Block, { kind: "paragraph" }>), marker };
    else inner.unshift({ kind: "paragraph", runs: [], indent: indent + 1, marker, quote });
    return inner;
  });
}

/** Paragraphs, headings, lists (with their numbers), quotes, bold and italic of a Markdown text. */
export function markdownBlocks(markdown: string): Block[] {
  return blocksOf(fromMarkdown(markdown).children, 0, false);
}

const runsText = (runs: Run[]) => runs.map((r) => (r.href && r.href !== r.text && !r.href.startsWith("mailto:") ? `${r.text} (${r.href})` : r.text)).join("");

/** The body as plain text for the e-mail's text part: blank lines between blocks, list markers kept. */
export function blocksToText(blocks: Block[]): string {
  return blocks
    .map((b) => {
      if (b.kind === "rule") return "----";
      if (b.kind === "heading") return runsText(b.runs);
      const pad = "   ".repeat(Math.max(0, b.indent - (b.marker ? 1 : 0)));
      const prefix = `${b.quote ? "> " : ""}${pad}${b.marker ? `${b.marker} ` : ""}`;
      return prefix + runsText(b.runs).replace(/\n/g, `\n${" ".repeat(prefix.length)}`);
    })
    .join("\n\n");
}

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const safeHref = (href: string) => /^(https?:|mailto:)/i.test(href);

function runsHtml(runs: Run[]): string {
  return runs
    .map((r) => {
      let html = escapeHtml(r.text).replace(/\n/g, "<br>");
      if (r.bold) html = `<strong>${html}</strong>`;
      if (r.italic) html = `<em>${html}</em>`;
      return r.href && safeHref(r.href) ? `<a href="${escapeHtml(r.href)}">${html}</a>` : html;
    })
    .join("");
}

/** The e-mail's HTML alternative; every character of the text is escaped, links only http(s)/mailto. */
export function blocksToHtml(blocks: Block[]): string {
  return blocks
    .map((b) => {
      if (b.kind === "rule") return "<hr>";
      if (b.kind === "heading") return `<h${Math.min(b.level + 1, 6)}>${runsHtml(b.runs)}</h${Math.min(b.level + 1, 6)}>`;
      const style = b.indent ? ` style="margin-left:${b.indent * 1.5}em"` : "";
      const text = `${b.marker ? `${escapeHtml(b.marker)} ` : ""}${runsHtml(b.runs)}`;
      return b.quote ? `<blockquote${style}><p>${text}</p></blockquote>` : `<p${style}>${text}</p>`;
    })
    .join("\n");
}

// ---- Downloads ----------------------------------------------------------------------------

/**
 * `attachment; filename="letter-Federica-Mogherini.pdf"; filename*=UTF-8''…`: an ASCII name for old
 * clients and the exact one (Cyrillic included) for the rest (RFC 6266 / RFC 5987).
 */
export function attachmentDisposition(recipientName: string, extension: "pdf" | "eml"): string {
  const ascii = recipientName
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9.-]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
  const exact = `letter-${recipientName.replace(/[\\/:*?"<>|\s]+/g, " ").trim().slice(0, 120)}.${extension}`;
  return `attachment; filename="letter-${ascii || "recipient"}.${extension}"; filename*=UTF-8''${encodeURIComponent(exact)}`;
}

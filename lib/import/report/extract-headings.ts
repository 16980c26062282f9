// Stage 1 of the extractor, its vocabulary: the lines that shape a document — headings that open
// an addressee section ("Please send appeals to", "Copies to" and their translations in the eight
// languages read), greetings and sign-offs, the sender's blocks, footers and separators.

// Headings that open an addressee section, by language. "Copies" headings open a section whose
// entries need no contact data (an institution named in "Copies to" is an addressee).
const HEADINGS = [
  // English
  String.raw`addressees?|addresses|send (?:your |the )?(?:appeals?|letters?|messages?|e-?mails?|faxes)|(?:please |you can |kindly )?(?:write|send|address|appeal|direct|fax|e-?mail)\b.*\b(?:to|following|below)\b|contacts?\b|contact these|recipients?|take action|model letter|write an appeal|^to$`,
  // Russian, Ukrainian
  String.raw`адресат|адреса(?!\p{L})|адрес для|куда (?:писать|направ)|контакт|направ\p{L}* .*(?:адрес|обращени)|пишите|обращайтесь|звернення|надсилати|пишіть|адреси`,
  // Polish
  String.raw`adresac|adresy|kontakt|pisz(?:cie)?(?!\p{L})|(?:listy|listów|apele|apeli|petycje) .*(?:kierować|wysyłać|do)|prosimy o (?:wysyłanie|kierowanie|pisanie)|do następujących`,
  // French, Spanish, Italian
  String.raw`adresses|envoyez|destinataires|direcciones|destinatarios|env[ií]en .*(?<!\p{L})a$|escriban? a|inviare .*(?<!\p{L})a$|scrivete a|scrivi a|indirizzi|destinatari`,
  // Swedish, Turkish, Japanese
  String.raw`skriv till|skicka (?:till|.* till)$|^till$|adresser|mottagare|adreslere|adresler|alıcılar|yazın$|宛先|送付先|送り先`,
];
const COPIES = String.raw`^(?:copies(?: to)?|copy(?: to)?|cc|c\.\s?c\.?|c\.c\.p\.?|p\.\s?c\.?|(?:y |con )?copias? a|per conoscenza|kopia(?: till)?|do wiadomości|kopya|копи[яи]|копію|写し)$`;
const HEADING_RE = new RegExp(`(?:${[...HEADINGS, COPIES].join("|")})`, "iu");
const COPIES_RE = new RegExp(COPIES, "iu");
// A greeting line ends the letter's address block: the block before it is the addressee's.
export const GREETING_RE =
  /^(?:dear|your excellency|excellency|уважаем|глубокоуважаем|ваше превосходительство|szanown|wielce szanown|estimad|excelentísim|señor|señora|egregi|gentile|eccellenza|illustre|signor|bästa|kära|sayın|değerli|monsieur|madame)\p{L}*(?:\s.{0,60})?[,!:]$/iu;
export const SIGN_OFF = /^(?:(?:best|kind|warm|with best) regards|regards,|sincerely|respectfully|yours (?:sincerely|faithfully|truly)|с уважением|z poważaniem|z wyrazami szacunku|pozdrawiam|cordialement|atentamente|saludos|distinti saluti|cordiali saluti|med vänlig hälsning|vänliga hälsningar|saygılarımla|saygılarımızla|以上$|敬具|(?:many )?thanks[,!]|thank you[,!]|grazie[ ,!]|tack[ ,!]|спасибо|dziękuj\p{L}*[,!]|teşekkür\p{L}*)/iu;
// What stands between a letter's address block and its greeting: subject, reference, date.
export const BETWEEN_RE =
  /^(?:re|subject|ref|asunto|oggetto|ämne|angående|konu|dotyczy|temat|тема|件名)\b|^\p{L}[\p{L} ,.-]{0,40}\d{1,2}\.? \p{L}+ \d{4}\.?$|\d{4}年|^\d{1,2}[./]\d{1,2}[./]\d{2,4}$/iu;
export const SENDER_RE = /^(?:от\s|from:|från:|od:|de:|da:|gönderen:|差出人|for (?:further|more) (?:details|information)|more information:)/iu;
export const FOOTER_RE = /^(?:©|\(c\)\s|copyright\b)|all rights reserved|wszelkie prawa zastrzeżone|все права защищены|tüm hakları saklıdır/iu;
// A rule or a row of asterisks between two letters on one page: what follows is read afresh.
export const SEPARATOR_RE = /^(?:[*_=~#-]{3,}|(?:\*\s*){3,})$/;
export const STOP_RE =
  /^[*_=~#-]{3,}$|^(?:additional|background|further) information|^background\b|^further action|^(?:please )?check with|^preferred language|^name\s*:|^gender\b|^ua\s*:|^дополнительная информация|^справка|^informacje dodatkowe|^tło\b|^notes?\s*:|^footnotes?\b|^sources?\s*:|^(?:re|subject|asunto|oggetto|ämne|angående|konu|dotyczy|temat|тема|件名)\s*:|^(?:signed|signatories|signed by|firmantes|firmatari|undertecknare|podpisy|podpisali|imzacılar|подписи|подписали)\s*:?$/iu;

/** A line that opens an addressee section; returns the content that follows its colon, if any. */
export function headingOf(line: string): { content: string; copies: boolean } | null {
  const colon = line.search(/:(?!\/\/)/);
  if (colon >= 0) {
    const prefix = line.slice(0, colon).trim();
    if (headingPrefix(prefix, true, line)) return { content: line.slice(colon + 1).trim(), copies: COPIES_RE.test(prefix) };
  }
  const copies = COPIES_RE.test(line.trim().replace(/^[▼▶■●]\s*/u, "").replace(/[\s\d()（）]+$/u, "")) || /写し/u.test(line);
  // "… contact the following officials. Minister of …": the intro is the first sentence.
  const stop = line.includes(". ") ? /(?<=\p{L}{3})\.\s+(?=\p{Lu})/u.exec(line) : null;
  if (stop && headingPrefix(line.slice(0, stop.index).trim(), false, `${line.slice(0, stop.index)}.`)) {
    return { content: line.slice(stop.index + stop[0].length).trim(), copies: false };
  }
  return headingPrefix(line.trim(), false, line) || copies && line.trim().length <= 20 ? { content: "", copies } : null;
}

function headingPrefix(prefix: string, colonEnded: boolean, line: string): boolean {
  const colon = colonEnded ? 0 : -1;
  if (!prefix || prefix.length > 140 || /@|https?:|www\./.test(prefix)) return false;
  // Digits belong to addresses, except in "Please send appeals before 14 April 2022 to:".
  if (/\d/.test(prefix) && !/(?<!\p{L})(?:send|write|appeals?|wysy\p{L}*|направ\p{L}*|env[ií]\p{L}*|invia\p{L}*|scriv\p{L}*|skicka|skriv|gönder\p{L}*|yaz\p{L}*)(?!\p{L})/iu.test(prefix)) return false;
  const words = prefix.split(/\s+/).length;
  const intro = colon >= 0 || /\b(?:following|below|ниже|следующ|poniż|następując)/iu.test(prefix) || words <= 4;
  if (!intro || !HEADING_RE.test(prefix)) return false;
  if (colon < 0 && words > 4 && !/[.:]$/.test(line)) return false;
  // "Write to our campaigns team:" is the sender; "Apele można wysyłać do 20 kwietnia 2023 r." a deadline.
  if (/(?<!\p{L})(?:our|us|nas|nam|nasz\p{L}*|нам|нас|наш\p{L}*|nuestr\p{L}*|nostr\p{L}*|oss|vår\p{L}*|bize)(?!\p{L})/iu.test(prefix)) return false;
  if (colon < 0 && /\d{4}/.test(prefix)) return false;
  // "E-mail:" and "Contact form:" are labels, not headings.
  if (/^(?:e-?mail|tel|phone|fax|contact form|web)/i.test(prefix)) return false;
  return true;
}


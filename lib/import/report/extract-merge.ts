// Stage 3 of the extractor: merging. The recognized runs of a block are folded into entries — a
// run that names a new person or office opens one, contact data closes its head — and each entry is
// kept or dropped by what the section it stands in asks of it. ./extract-contacts de-duplicates.
import {
  hasHonorific, isCountry, isHonorificOnly, isInstitutionPhrase, isPureName, looksLikeAddress, roleOrOrg, splitHeadAddress, splitName,
} from "./extract-head";
import type { Fragment, Unit } from "./extract-recognize";
import type { Section } from "./extract-segment";
import { stripFootnoteMarkers, tidy } from "./extract-text";

/** One entry as the merge stage builds it (the public ExtractedContact without spans). */
export type Merged = {
  name: string;
  title: string;
  organization: string;
  address: string;
  emails: string[];
  phones: string[];
  urls: string[];
  /** The greeting the text gives for this addressee ("" when none); not part of the scored fields. */
  salutation?: string;
};

type Phase = "head" | "addr" | "contact";
const isJapanese = (s: string) => /[\p{Script=Katakana}\p{Script=Hiragana}\p{Script=Han}]/u.test(s);
type Draft = {
  name: string;
  titles: string[];
  orgs: string[];
  addr: string[];
  emails: string[];
  phones: string[];
  urls: string[];
  phase: Phase;
  last: "title" | "org" | null;
  salutation: string;
};

const newDraft = (): Draft => ({
  name: "", titles: [], orgs: [], addr: [], emails: [], phones: [], urls: [], phase: "head", last: null, salutation: "",
});

/** Whether a fragment at a hard boundary (line, semicolon) opens the next entry. */
function opensEntry(frag: Fragment | undefined, d: Draft, next?: Fragment): boolean {
  const phase = d.phase;
  if (!frag) return false;
  // "Pavel Malkov, Governor of Ryazan Oblast, …": a name followed by a role starts an entry.
  if (phase !== "head" && next && isPureName(frag.text) && roleOrOrg(next.text)) return true;
  // Still in the head, but this unit names a second person with a role of their own.
  if (phase === "head") {
    const next = splitName(frag.text).name;
    if (isJapanese(d.name) && /^\p{Script=Latin}/u.test(next)) return false;
    return Boolean(d.name && (d.titles.length || d.orgs.length) && roleOrOrg(frag.text) && next);
  }
  if (isCountry(frag.text)) return false;
  if (hasHonorific(frag.text)) return true;
  if (looksLikeAddress(frag.text)) return false;
  if (roleOrOrg(frag.text)) return true;
  return phase === "contact" && (isPureName(frag.text) || splitName(frag.text).name !== "");
}

const DATE_RE = /^(?:\d{1,2}\s+\p{L}+\s+\d{4}|\p{L}+\s+\d{1,2},?\s+\d{4}|\d{1,2}[./]\d{1,2}[./]\d{2,4})$/u;

function addHead(d: Draft, frag: Fragment): void {
  const { text } = frag;
  if (DATE_RE.test(text) || isHonorificOnly(text)) return;
  const cut = d.phase === "head" && !frag.afterDash ? splitHeadAddress(text, Boolean(d.name)) : null;
  if (cut) {
    addHead(d, { text: cut[0], afterDash: false });
    addHead(d, { text: cut[1], afterDash: true });
    return;
  }
  // Prose that runs on after an address ("Please also write to …") is not part of it.
  if (d.phase !== "head" && !/\d/.test(text) && text.split(" ").length > 8) return;
  if (d.phase !== "head" || looksLikeAddress(text) && !hasHonorific(text)) {
    d.addr.push(text);
    if (d.phase === "head") d.phase = "addr";
    return;
  }
  // "Title – Name": a bare name after the dash is the person the title belongs to.
  if (frag.afterDash && !d.name && d.titles.length && isPureName(text)) {
    d.name = text;
    return;
  }
  if (frag.afterDash && !hasHonorific(text) && roleOrOrg(text) !== "title") {
    d.addr.push(text);
    d.phase = "addr";
    return;
  }
  const split = splitName(stripFootnoteMarkers(text));
  // The name in the script of the letter: a Latin transcription under a Japanese name replaces it.
  const replaces = isJapanese(d.name) && /^\p{Script=Latin}/u.test(split.name);
  if (split.name && (!d.name || replaces)) d.name = split.name;
  // The entry has its name: words read as one at the end of a role belong to the role
  // ("Fiscal General de la República Bolivariana de Venezuela").
  const rest = split.name && d.name && d.name !== split.name && !hasHonorific(text) ? [text] : split.rest;
  for (const r0 of rest) {
    const r = tidy(r0);
    if (!r) continue;
    if (looksLikeAddress(r)) {
      d.addr.push(r);
      d.phase = "addr";
      continue;
    }
    const kind = roleOrOrg(r);
    if (kind) {
      (kind === "title" ? d.titles : d.orgs).push(r);
      d.last = kind;
    } else if ((d.name || d.titles.length) && /\b(?:house|building|palace|tower|centre|center|complex|bât|дом|здание)/iu.test(r)) {
      d.addr.push(r);
      d.phase = "addr";
    } else if (d.last && /\s(?:and|of|on|for|и|i|oraz)\s/iu.test(r)) {
      // The tail of a role or body that contained a comma ("… on Democracy, Human Rights and …").
      const list = d.last === "title" ? d.titles : d.orgs;
      list[list.length - 1] += `, ${r}`;
    } else if (d.last && !d.name && !d.addr.length && isInstitutionPhrase(r)) {
      // A role wrapped onto the next line ("Министру иностранных дел" / "Республики Беларусь").
      const list = d.last === "title" ? d.titles : d.orgs;
      list[list.length - 1] += ` ${r}`;
    } else if ((d.name || d.titles.length) && r.split(" ").length <= 3 && !/\s(?:of|for|on)\s/i.test(r)) {
      d.addr.push(r);
      d.phase = "addr";
    } else if (!d.name && isPureName(r)) d.name = r;
    else {
      d.orgs.push(r);
      d.last = "org";
    }
  }
}

const uniq = (xs: string[], key: (s: string) => string) => xs.filter((x, i) => xs.findIndex((y) => key(y) === key(x)) === i);

function finish(d: Draft, mode: Section["mode"]): Merged | null {
  const c: Merged = {
    name: tidy(d.name),
    title: tidy(d.titles.join(", ")),
    organization: tidy(d.orgs.join(", ")),
    address: tidy(d.addr.join(", ")).replace(/(?<=\d|\p{Lu}{2})\.$/u, ""),
    emails: uniq(d.emails, (s) => s.toLowerCase()),
    phones: uniq(d.phones, (s) => s.replace(/\D/g, "")),
    urls: uniq(d.urls, (s) => s.toLowerCase().replace(/\/+$/, "")),
    salutation: d.salutation,
  };
  const who = Boolean(c.name || c.title || c.organization);
  const reach = c.emails.length + c.phones.length > 0;
  // Opening hours ("9:00–18:00") are digits but no address.
  const addressed = /\d/.test(c.address.replace(/\d{1,2}[:.]\d{2}/g, "")) && who;
  // Outside an addressee section only entries with an e-mail or phone count; beside a section,
  // only a complete letter-head block (name, role and a postal address or a phone/e-mail).
  // With no heading at all: an entry with an e-mail or phone, or a complete letter-head block.
  if (mode === "fallback") {
    const complete = c.name && (c.title || c.organization) && addressed;
    return (reach || complete) && (c.title + c.organization).split(" ").length <= 30 ? c : null;
  }
  if (mode === "outside") return c.name && (c.title || c.organization) && (reach || addressed) ? c : null;
  // Under "Copies to", and in a letter's address block, a name or an office is enough.
  if (mode === "copies" || mode === "letter") {
    // With no contact data the head must read as a person, a role or a body ("Working hours" does not).
    const known = c.name || c.title || roleOrOrg(c.organization) || reach || c.address;
    return who && known && (c.title + " " + c.organization).split(" ").length <= 25 ? c : null;
  }
  if (!reach && !addressed && !(who && c.urls.length)) return null;
  if (!reach && (c.title + " " + c.organization).split(" ").length > 25) return null;
  return c;
}

/** In a list of bodies, a body or office after a body starts the next entry (a role after a role too). */
function startsListItem(d: Draft, frag: Fragment): boolean {
  if (d.addr.length || !d.last) return false;
  const kind = roleOrOrg(frag.text);
  return Boolean(kind) && (d.last === "org" || kind === "title") && !splitName(frag.text).name;
}

/** Folds the runs of one block into the entries it holds. */
export function mergeBlock(units: Unit[], mode: Section["mode"]): Merged[] {
  const out: Merged[] = [];
  let d = newDraft();
  const push = () => {
    const c = finish(d, mode);
    if (c) out.push(c);
    d = newDraft();
  };
  for (const unit of units) {
    if (opensEntry(unit.fragments[0], d, unit.fragments[1])) push();
    // "Copies: МИД …, Уполномоченному …, Управлению …": three or more offices and bodies in a row.
    const list = mode === "copies" && unit.fragments.length >= 3 && unit.fragments.every((f) => roleOrOrg(f.text) && !splitName(f.text).name && !looksLikeAddress(f.text));
    if (list) {
      for (const frag of unit.fragments) {
        push();
        addHead(d, frag);
      }
      push();
      continue;
    }
    unit.fragments.forEach((frag, index) => {
      // "Copies to: the Ministry of …, the Parliament of …": each body of a list on a line is an entry.
      if (mode === "copies" && index > 0 && d.phase === "head" && !d.name && startsListItem(d, frag)) push();
      // A second addressee run into the same line after the first one's contact data.
      if (d.phase === "contact" && (hasHonorific(frag.text) || roleOrOrg(frag.text) === "title")) push();
      if (d.phase === "contact") {
        // Address data after the e-mail is kept; prose ("Please also write to …") is not.
        if (looksLikeAddress(frag.text) && frag.text.split(" ").length <= 8 && !DATE_RE.test(frag.text)) d.addr.push(frag.text);
        return;
      }
      addHead(d, frag);
    });
    d.emails.push(...unit.emails);
    d.phones.push(...unit.phones);
    d.urls.push(...unit.urls);
    if (unit.emails.length + unit.phones.length + unit.urls.length > 0) d.phase = "contact";
    if (unit.salutation) d.salutation = unit.salutation;
    if (unit.closes) push();
  }
  push();
  return out;
}

// The hand-scored corpus of appeals (lib/import/testdata/appeals/): each NN-slug.txt with its truth
// NN-slug.contacts.json. Read here once for the corpus test and `scripts/score-corpus.ts`, so both
// print the same figures for the same extractor.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { extractContacts, type ExtractedContact } from "./extract-contacts";
import { scoreFiles, type ContactEntry } from "./score";

export const CORPUS_DIR = fileURLToPath(new URL("../testdata/appeals/", import.meta.url));

/** The extractor's row in the truth schema: empty strings are "not given" (null). */
export function toEntry(c: ExtractedContact): ContactEntry {
  const orNull = (s: string) => (s.trim() ? s : null);
  return {
    name: orNull(c.name),
    title: orNull(c.title),
    organization: orNull(c.organization),
    address: orNull(c.address),
    emails: c.emails,
    phones: c.phones,
    urls: c.urls,
    salutation: null,
  };
}

export type CorpusFile = { file: string; text: string; truth: ContactEntry[] };

/** Every text that has a truth file, in name order. A text without truth is an error, not a skip. */
export function readCorpus(dir = CORPUS_DIR): CorpusFile[] {
  const names = readdirSync(dir).filter((n) => n.endsWith(".txt")).sort();
  return names.map((name) => {
    const truthPath = path.join(dir, name.replace(/\.txt$/, ".contacts.json"));
    const truth: unknown = JSON.parse(readFileSync(truthPath, "utf8"));
    if (!Array.isArray(truth)) throw new Error(`${truthPath}: not a JSON array`);
    return { file: name, text: readFileSync(path.join(dir, name), "utf8"), truth: truth as ContactEntry[] };
  });
}

/** Runs the current extractor over the corpus and scores it file by file and as a whole. */
export function scoreCorpus(files: CorpusFile[] = readCorpus()) {
  return scoreFiles(files.map((f) => ({ file: f.file, truth: f.truth, predicted: extractContacts(f.text).map(toEntry) })));
}

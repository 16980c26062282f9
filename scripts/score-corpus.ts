// Scores the current contact extractor on the appeal corpus (lib/import/testdata/appeals/):
//   npm run -s contacts:score [-- --verbose]
// Prints one row per text (exact/truth, predicted, e-mail and phone counts), then the totals in the
// summary line of ../shared/tools/score-contacts.mjs. --verbose lists every truth entry that was
// not exact with what it was paired to, and the predicted entries paired to nothing.
import { readCorpus, scoreCorpus } from "../lib/import/report/corpus";
import { summaryLine, type ContactEntry } from "../lib/import/report/score";

const verbose = process.argv.includes("--verbose");
const { files, total } = scoreCorpus(readCorpus());

const brief = (e: ContactEntry | null) =>
  e ? JSON.stringify({ name: e.name, title: e.title, organization: e.organization, emails: e.emails, phones: e.phones, urls: e.urls }) : "(nothing)";
const width = Math.max(...files.map((f) => f.file.length));

console.log(`${"file".padEnd(width)}  exact  pred  email(m/p/t)  phone(m/p/t)`);
for (const f of files) {
  const s = f.score;
  const mark = s.predicted === 0 && s.truth > 0 ? "  ← nothing found" : "";
  console.log(
    `${f.file.padEnd(width)}  ${`${s.exact}/${s.truth}`.padStart(5)}  ${String(s.predicted).padStart(4)}  ` +
      `${s.counts.email.join("/").padStart(12)}  ${s.counts.phone.join("/").padStart(12)}${mark}`,
  );
  if (!verbose) continue;
  for (const p of f.pairs.filter((x) => !x.exact)) console.log(`    MISS ${brief(p.truth)}\n     GOT ${brief(p.predicted)}`);
  // Predictions no truth entry took: senders, people in the narrative, pieces of a split entry.
  for (const p of f.unpaired) console.log(`    EXTRA ${brief(p)}`);
}
const nothing = files.filter((f) => f.score.predicted === 0 && f.score.truth > 0).map((f) => f.file);
console.log(`\n${files.length} texts; nothing found in ${nothing.length}${nothing.length ? `: ${nothing.join(", ")}` : ""}`);
console.log(summaryLine(total));

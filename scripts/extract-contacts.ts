// Prints the contacts found in a report as a JSON array on stdout:
//   npm run -s contacts:extract -- FILE.txt
// Each entry holds its values (name, title, organization, address, emails, phones, urls,
// salutation), `spans` (per field, the {start, end} offsets in FILE of the words each value was read
// from) and `unsure` (the fields to check). Only JSON goes to stdout; usage and errors go to stderr
// with a non-zero exit code.
import { readFileSync } from "node:fs";
import { extractContacts } from "../lib/import/report/extract-contacts";

const file = process.argv.slice(2).find((a) => a !== "--");
if (!file) {
  process.stderr.write("usage: npm run -s contacts:extract -- FILE.txt\n");
  process.exit(2);
}
let text: string;
try {
  text = readFileSync(file, "utf8");
} catch (err) {
  process.stderr.write(`cannot read ${file}: ${(err as Error).message}\n`);
  process.exit(1);
}
process.stdout.write(`${JSON.stringify(extractContacts(text), null, 2)}\n`);

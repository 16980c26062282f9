// The inputs of the CSV import actions. The browser sends the file itself as FormData (binary, so a
// 10 MB file needs no base64 third more; the limits are in lib/uploads/limits.mjs); tests and the action
// matrix send a plain object with the file as text or base64. readImportInput turns either into
// one plain object, and the zod schemas below check it — the server never trusts a row set sent
// by the client: every step decodes and validates the file again.
import { z } from "zod";
import { contactFields } from "./mapping";
import { parliamentaryBodies } from "./values";

export const existingChoices = ["skip", "update"] as const;
export type ExistingChoice = (typeof existingChoices)[number];

const fileSchema = z
  .object({
    fileName: z.string().trim().min(1, "Choose a CSV file.").max(255, "The file name is too long."),
    bytes: z.instanceof(Uint8Array).optional(),
    fileBase64: z.string().optional(),
    text: z.string().optional(),
  })
  .transform((v, ctx) => {
    const bytes = v.bytes ?? (v.fileBase64 !== undefined ? Buffer.from(v.fileBase64, "base64") : v.text !== undefined ? Buffer.from(v.text, "utf8") : null);
    if (!bytes) {
      ctx.addIssue({ code: "custom", message: "Choose a CSV file.", path: ["file"] });
      return z.NEVER;
    }
    return { fileName: v.fileName, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
  });

const mappingSchema = z.array(z.enum([...contactFields, "ignore"]), "Choose a field for each column.").max(500);

export const importOptionsSchema = z.object({
  existing: z.enum(existingChoices, "Choose what to do with contacts that already exist."),
  listName: z.string().trim().max(200, "The list name is longer than 200 characters."),
});
export type ImportOptions = z.output<typeof importOptionsSchema>;

/** The options form: the list name is sent as "" when the box is unticked. */
export const importOptionsFormSchema = importOptionsSchema
  .extend({ makeList: z.boolean() })
  .refine((v) => !v.makeList || v.listName.length >= 2, { path: ["listName"], message: "Give the list a name of at least 2 characters, or untick the box." });
export type ImportOptionsFormValues = z.output<typeof importOptionsFormSchema>;

/** "These are members of …": one body for every row (validate.ts's RowDefaults); absent or null: as the file says. */
const bodySchema = z.enum(parliamentaryBodies, "Choose a parliamentary body from the list.").nullish();

export const csvPreviewSchema = z.object({ file: fileSchema });
export const csvCheckSchema = z.object({ file: fileSchema, mapping: mappingSchema, body: bodySchema });
/** `jobId`: chosen by the browser, which polls the import's progress under it. */
export const csvImportSchema = z.object({ file: fileSchema, mapping: mappingSchema, body: bodySchema, options: importOptionsSchema, jobId: z.uuid().optional() });

export type CsvFileInput = z.output<typeof fileSchema>;

function parseJson(value: FormDataEntryValue | null): unknown {
  if (typeof value !== "string") return undefined;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

/**
 * FormData {file, mapping (JSON), body (JSON), options (JSON), jobId} → the plain shape the schemas read; a plain
 * object {fileName, fileBase64 | text, mapping, options} passes through. Reading a File is
 * asynchronous, which zod's synchronous safeParse cannot do, hence this step before it.
 */
export async function readImportInput(input: unknown): Promise<unknown> {
  if (typeof FormData !== "undefined" && input instanceof FormData) {
    const file = input.get("file");
    const isFile = typeof file === "object" && file !== null && "arrayBuffer" in file;
    return {
      file: isFile ? { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : { fileName: "" },
      mapping: parseJson(input.get("mapping")),
      body: parseJson(input.get("body")),
      options: parseJson(input.get("options")),
      jobId: typeof input.get("jobId") === "string" ? input.get("jobId") : undefined,
    };
  }
  if (typeof input === "object" && input !== null) {
    const { fileName, fileBase64, text, mapping, body, options, jobId } = input as Record<string, unknown>;
    return { file: { fileName, fileBase64, text }, mapping, body, options, jobId };
  }
  return input;
}


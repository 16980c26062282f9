// A database built by another search-text definition is rebuilt once, then stamped; one built by
// this definition is left alone.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase, rowsOf } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { scratchDatabase } from "@/tests/scratch-database";
import { normalizeForSearch } from "./normalize";
import { searchText } from "./search-text";
import { rebuildSearchTextIfChanged, searchTextFingerprint } from "./search-text-version";

describe("search text version", () => {
  let handle: ReturnType<typeof createDatabase>;
  const cleanups: Array<() => Promise<void> | void> = [];

  beforeAll(async () => {
    const scratch = await scratchDatabase("search_version");
    cleanups.push(scratch.drop);
    handle = createDatabase(scratch.url, scratch.pgliteDir);
    cleanups.push(() => handle.close());
    await runMigrations(handle.db, handle.kind, scratch.url);
  }, 120_000);

  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it("rebuilds rows written by an older definition once, then only when the definition changes", async () => {
    // As the definition before Ч became "h" stored it.
    await handle.db.execute(sql`INSERT INTO contacts (full_name, search_text) VALUES ('Евгения Чирикова', 'evgenia cirikova')`);
    expect(await rebuildSearchTextIfChanged(handle.db)).toMatchObject({ contact: 1 });
    // The vocabulary holds the rows' words, no longer the old spelling.
    const terms = rowsOf<{ term: string }>(await handle.db.execute(sql`SELECT term FROM search_terms ORDER BY term`)).map((r) => r.term);
    expect(terms).toContain(normalizeForSearch("Чирикова"));
    expect(terms).not.toContain("cirikova");
    const [row] = rowsOf<{ search_text: string }>(await handle.db.execute(sql`SELECT search_text FROM contacts`));
    expect(row.search_text).toBe(searchText.contact({ fullName: "Евгения Чирикова", nameNative: null, title: null, department: null }, null, []));
    expect(await rebuildSearchTextIfChanged(handle.db)).toBeNull();
    await handle.db.execute(sql`COMMENT ON TABLE search_terms IS 'search text 0000'`);
    expect(await rebuildSearchTextIfChanged(handle.db)).toMatchObject({ contact: 0 });
    expect(searchTextFingerprint()).toMatch(/^[0-9a-f]{16}$/);
  });
});

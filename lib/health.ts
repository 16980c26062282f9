import "server-only";
import { sql } from "drizzle-orm";
import { db as appDb, type Db } from "@/db/client";
import { errorFields, log } from "@/lib/log";

/**
 * Whether the database answers `SELECT 1` within the time limit. For /healthz, which anyone may
 * call: it reads nothing and returns only yes or no; the reason goes to the log.
 */
export async function databaseIsUp(timeoutMs = 2_000, database: Pick<Db, "execute"> = appDb): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    });
    await Promise.race([database.execute(sql`SELECT 1`), timeout]);
    return true;
  } catch (error) {
    void log.warn("health check failed", errorFields(error));
    return false;
  } finally {
    clearTimeout(timer);
  }
}

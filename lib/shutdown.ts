// What `next start` (Next 16) already does on SIGTERM/SIGINT, unless NEXT_MANUAL_SIG_HANDLE is
// set: server.close() — no new connections, idle keep-alive connections closed, running requests
// finish — then its own cleanup, then process.exit(143 or 130). It does not know our database
// pool, so the pool's connections would simply be cut. This adds the missing step: once a signal
// has arrived, the exit is held until closeDatabase() has ended the pool (or shut PGlite down
// cleanly, which writes its data folder to a consistent state), for at most a few seconds.
import { closeDatabase } from "@/db/client";
import { errorFields, log } from "@/lib/log";

const CLOSE_TIMEOUT_MS = 5_000;

export function installShutdown(): void {
  if (process.env.NEXT_MANUAL_SIG_HANDLE) return; // whoever set it handles the signals
  const state = globalThis as { __advocacyShutdown?: boolean };
  if (state.__advocacyShutdown) return; // dev reloads run register() again
  state.__advocacyShutdown = true;

  const onSignal = (signal: NodeJS.Signals) => {
    void log.info("shutting down: finishing running requests", { signal });
    const exit = process.exit.bind(process);
    let closing = false;
    process.exit = ((code?: number) => {
      if (closing) return undefined as never;
      closing = true;
      const timer = setTimeout(() => exit(code), CLOSE_TIMEOUT_MS);
      closeDatabase()
        .then(() => log.info("database closed", { signal }))
        .catch((error) => log.error("closing the database failed", errorFields(error)))
        .finally(() => {
          clearTimeout(timer);
          exit(code);
        });
    }) as typeof process.exit;
    // A listener stops Node's default exit on the signal: if no one else (Next) handles it, exit.
    if (process.listenerCount(signal) === 0) process.exit(signal === "SIGINT" ? 130 : 143);
  };
  process.once("SIGTERM", onSignal);
  process.once("SIGINT", onSignal);
}

// Runs once when a server process starts. Only the Node.js runtime holds a database pool.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { installShutdown } = await import("./lib/shutdown");
    installShutdown();
  }
}

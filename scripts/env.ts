// Loads .env, .env.local... the same way Next.js does, for scripts run outside Next.
import nextEnv from "@next/env";

nextEnv.loadEnvConfig(process.cwd(), process.env.NODE_ENV === "development");

// Session lifetimes, configurable by environment.
export const sessionConfig = {
  /** Minutes without a request after which the session ends. */
  idleMinutes: Number(process.env.SESSION_IDLE_MINUTES || 60),
  /** Hours after sign-in after which the session ends whatever the activity. */
  maxHours: Number(process.env.SESSION_MAX_HOURS || 12),
};

export const throttleConfig = {
  maxFailures: 5,
  windowMinutes: 15,
  lockMinutes: 15,
};

// Errors the data-access layer throws on purpose; actions turn them into messages for the user.
// Anything else is logged and shown as a generic failure: database errors are never shown.

export class AuthError extends Error {
  constructor(message = "Your session has ended. Sign in again.") {
    super(message);
    this.name = "AuthError";
  }
}

export class ForbiddenError extends Error {
  constructor(message = "You are not allowed to do that.") {
    super(message);
    this.name = "ForbiddenError";
  }
}

export class NotFoundError extends Error {
  constructor(message = "Not found, or you may not see it.") {
    super(message);
    this.name = "NotFoundError";
  }
}

/** Raised when an edit carries a version older than the row's: someone else saved first. */
export class StaleError extends Error {
  constructor(message = "Someone else changed this record after you opened it. Your changes were not saved: reload to see the current version, then apply your edits again.") {
    super(message);
    this.name = "StaleError";
  }
}

/** A business rule refused the input; message is safe to show, field optional. */
export class ValidationError extends Error {
  constructor(
    message: string,
    public field?: string,
  ) {
    super(message);
    this.name = "ValidationError";
  }
}

/** A user holding a temporary password set by an admin may do nothing but change it. */
export class PasswordChangeRequired extends ForbiddenError {
  constructor() {
    super("Change your temporary password first: Account → Password.");
    this.name = "PasswordChangeRequired";
  }
}

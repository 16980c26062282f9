import "server-only";
import { notFound } from "next/navigation";
import { NotFoundError } from "@/lib/errors";

// Helpers for pages (server components) reading through the data-access layer.

/**
 * A page's read of one record. The data-access layer throws NotFoundError both when the record
 * does not exist and when the user may not see it (a restricted case, say); the page answers 404
 * either way, so the two look the same from outside. Any other error goes on to the error boundary.
 */
export async function orNotFound<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

/** The same read where "not found" is an answer the page handles itself: null instead of a 404. */
export async function orNull<T>(read: Promise<T>): Promise<T | null> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}

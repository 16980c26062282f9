"use client";

// Errors of the (app) layout itself (its session lookup fails while the database is down) land
// here rather than in the segment's own boundary: the same message.
export { default } from "./(app)/error";

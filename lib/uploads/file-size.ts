// Upload size checks shared by the browser forms, the importers and proxy.ts. The numbers
// themselves live in limits.mjs, which next.config.mjs imports too.
import { MAX_REQUEST_BODY_BYTES, MAX_UPLOAD_BYTES } from "./limits.mjs";

export { base64Length, MAX_REQUEST_BODY_BYTES, MAX_UPLOAD_BYTES, PROXY_BODY_BUFFER_BYTES } from "./limits.mjs";

const MB = 1024 * 1024;

/** Megabytes with one decimal ("12.3"), or none for a whole number of them ("10"). */
export function formatMegabytes(bytes: number, round: (x: number) => number = Math.round): string {
  if (bytes % MB === 0) return String(bytes / MB);
  return (round((bytes / MB) * 10) / 10).toFixed(1);
}

/** "10 MB" */
export const maxUploadLabel = `${formatMegabytes(MAX_UPLOAD_BYTES)} MB`;

/** The message for a file (or a pasted "text") over the limit, or undefined when it fits. */
export function fileSizeError(size: number, limit: number = MAX_UPLOAD_BYTES, what: "file" | "text" = "file"): string | undefined {
  if (size <= limit) return undefined;
  // Rounded up when rounding would show a file just over the limit as at it ("10.0 MB").
  const shown = Math.round((size / MB) * 10) / 10 > limit / MB ? formatMegabytes(size) : formatMegabytes(size, Math.ceil);
  return `This ${what} is ${shown} MB; the limit is ${formatMegabytes(limit)} MB.`;
}

/** The answer proxy.ts gives a request body over the transport limit. */
export const bodyTooLargeMessage = `The request is too large: files are limited to ${maxUploadLabel}.`;

/** Whether a request's declared Content-Length is over the transport limit (absent or malformed: unknown). */
export function contentLengthTooLarge(header: string | null, limit: number = MAX_REQUEST_BODY_BYTES): boolean | undefined {
  if (header === null || !/^\d+$/.test(header.trim())) return undefined;
  return Number(header.trim()) > limit;
}

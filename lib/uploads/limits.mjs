// The one place the upload size limits are set. Plain ESM so that next.config.mjs can import it as
// it is; TypeScript reads the types from limits.d.mts, and code imports it through ./file-size.ts.
//
// Every upload (CSV contacts import, report import, roster import) goes through a server action.
// A file may be MAX_UPLOAD_BYTES; the roster import sends it as base64 (a third more), so the
// action body may be that plus an envelope for the other fields. proxy.ts answers any larger body
// with 413 before Next.js reads it; the proxy's own body buffer is set a little above the limit so
// that a body sent without Content-Length is still seen to be over it (Next.js cuts what it
// buffers for the proxy at that size, in chunks of at most 64 KiB).

/** The largest file a user may upload: 10 MB (MiB, as the messages count megabytes). */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** The size of n bytes as base64 (with padding). */
export const base64Length = (n) => 4 * Math.ceil(n / 3);

/** Field names, the file name, a column mapping of up to 500 columns, options, multipart boundaries. */
export const ENVELOPE_BYTES = 256 * 1024;

/** The largest server action (or other POST) body: a largest file as base64 plus the envelope. */
export const MAX_REQUEST_BODY_BYTES = base64Length(MAX_UPLOAD_BYTES) + ENVELOPE_BYTES;

/** What Next.js buffers of a request body for proxy.ts (experimental.proxyClientMaxBodySize). */
export const PROXY_BODY_BUFFER_BYTES = MAX_REQUEST_BODY_BYTES + 1024 * 1024;

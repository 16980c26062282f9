import path from "node:path";
import { pathToFileURL } from "node:url";
import type { NextConfig } from "next";
import { describe, expect, it } from "vitest";
import {
  base64Length,
  bodyTooLargeMessage,
  contentLengthTooLarge,
  fileSizeError,
  formatMegabytes,
  MAX_REQUEST_BODY_BYTES,
  MAX_UPLOAD_BYTES,
  maxUploadLabel,
  PROXY_BODY_BUFFER_BYTES,
} from "./file-size";

const MB = 1024 * 1024;

describe("upload limits", () => {
  it("are one file limit of 10 MB and a transport limit derived from it", () => {
    expect(MAX_UPLOAD_BYTES).toBe(10 * MB);
    expect(maxUploadLabel).toBe("10 MB");
    // A largest file as base64 (the roster import) still fits, with room for the other fields.
    expect(MAX_REQUEST_BODY_BYTES).toBeGreaterThan(base64Length(MAX_UPLOAD_BYTES) + 64 * 1024);
    expect(MAX_REQUEST_BODY_BYTES).toBeLessThan(15 * MB);
    // Next.js buffers more than the limit for proxy.ts, by more than one 64 KiB chunk.
    expect(PROXY_BODY_BUFFER_BYTES).toBeGreaterThan(MAX_REQUEST_BODY_BYTES + 64 * 1024);
  });

  it("are the ones next.config.mjs gives Next.js", async () => {
    // Imported as Node.js imports it (it is plain ESM with no types of its own).
    const url = pathToFileURL(path.join(process.cwd(), "next.config.mjs")).href;
    const nextConfig = ((await import(/* @vite-ignore */ url)) as { default: NextConfig }).default;
    expect(nextConfig.experimental?.serverActions?.bodySizeLimit).toBe(MAX_REQUEST_BODY_BYTES);
    expect(nextConfig.experimental?.proxyClientMaxBodySize).toBe(PROXY_BODY_BUFFER_BYTES);
  });

  it("base64Length is the padded base64 size", () => {
    for (const n of [0, 1, 2, 3, 4, 1000, 10 * MB]) expect(base64Length(n)).toBe(Buffer.alloc(n).toString("base64").length);
  });
});

describe("fileSizeError", () => {
  it("accepts a file up to the limit, the limit itself included", () => {
    expect(fileSizeError(0)).toBeUndefined();
    expect(fileSizeError(8 * MB)).toBeUndefined();
    expect(fileSizeError(MAX_UPLOAD_BYTES)).toBeUndefined();
  });

  it("names the file's size and the limit", () => {
    expect(fileSizeError(12.3 * MB)).toBe("This file is 12.3 MB; the limit is 10 MB.");
    expect(fileSizeError(11 * MB)).toBe("This file is 11 MB; the limit is 10 MB.");
    expect(fileSizeError(11 * 1000 * 1000)).toBe("This file is 10.5 MB; the limit is 10 MB.");
  });

  it("never shows a file over the limit as at it", () => {
    expect(fileSizeError(MAX_UPLOAD_BYTES + 1)).toBe("This file is 10.1 MB; the limit is 10 MB.");
    expect(fileSizeError(10.04 * MB)).toBe("This file is 10.1 MB; the limit is 10 MB.");
  });

  it("takes another limit", () => {
    expect(fileSizeError(3 * MB, 2 * MB)).toBe("This file is 3 MB; the limit is 2 MB.");
    expect(fileSizeError(12 * MB, undefined, "text")).toBe("This text is 12 MB; the limit is 10 MB.");
    expect(formatMegabytes(1.25 * MB)).toBe("1.3");
    expect(formatMegabytes(1.21 * MB, Math.ceil)).toBe("1.3");
  });
});

describe("contentLengthTooLarge", () => {
  it("compares a declared length with the transport limit", () => {
    expect(contentLengthTooLarge(String(MAX_REQUEST_BODY_BYTES))).toBe(false);
    expect(contentLengthTooLarge(String(MAX_REQUEST_BODY_BYTES + 1))).toBe(true);
    expect(contentLengthTooLarge(" 20000000 ")).toBe(true);
    expect(contentLengthTooLarge("0")).toBe(false);
  });

  it("does not know without a well-formed header", () => {
    expect(contentLengthTooLarge(null)).toBeUndefined();
    expect(contentLengthTooLarge("")).toBeUndefined();
    expect(contentLengthTooLarge("-1")).toBeUndefined();
    expect(contentLengthTooLarge("12, 12")).toBeUndefined();
  });

  it("has a short message for the 413", () => {
    expect(bodyTooLargeMessage).toBe("The request is too large: files are limited to 10 MB.");
  });
});

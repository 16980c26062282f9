import { describe, expect, it, vi } from "vitest";
import { NotFoundError } from "@/lib/errors";
import { orNotFound, orNull } from "./pages";

vi.mock("next/navigation", () => ({
  notFound: () => {
    throw new Error("NEXT_HTTP_ERROR_FALLBACK;404");
  },
}));

describe("orNotFound and orNull", () => {
  it("pass the value through", async () => {
    expect(await orNotFound(Promise.resolve(1))).toBe(1);
    expect(await orNull(Promise.resolve(1))).toBe(1);
  });

  it("turn NotFoundError into a 404, or null", async () => {
    await expect(orNotFound(Promise.reject(new NotFoundError()))).rejects.toThrow("NEXT_HTTP_ERROR_FALLBACK;404");
    expect(await orNull(Promise.reject(new NotFoundError()))).toBeNull();
  });

  it("let any other error through", async () => {
    const error = new Error("database down");
    await expect(orNotFound(Promise.reject(error))).rejects.toBe(error);
    await expect(orNull(Promise.reject(error))).rejects.toBe(error);
  });
});

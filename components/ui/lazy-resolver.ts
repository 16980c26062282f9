import type { FieldValues, Resolver } from "react-hook-form";
import type * as z from "zod/v4/core";

/**
 * react-hook-form's zod resolver, with the schema and zod itself (about 40 KB gzipped) fetched the
 * first time the form validates — usually its first submit — rather than with the page. The form
 * behaves as with `zodResolver(schema)`: the same schema (the one the server action parses with),
 * the same field errors, nothing the user typed is lost.
 *
 *   resolver: lazyZodResolver(() => import("@/lib/lists/schema").then((m) => m.listFormSchema))
 *
 * It only helps when the component imports nothing else at run time from the schema's module
 * (types are free): labels and options imported from it bring zod back into the page.
 */
export function lazyZodResolver<T extends z.$ZodType<unknown, FieldValues>>(load: () => Promise<T>): Resolver<z.input<T>, unknown, z.output<T>> {
  let resolver: Promise<Resolver<z.input<T>, unknown, z.output<T>>> | undefined;
  return async (values, context, options) => {
    resolver ??= Promise.all([import("@hookform/resolvers/zod"), load()]).then(([{ zodResolver }, schema]) => zodResolver(schema));
    try {
      return await (await resolver)(values, context, options);
    } catch (error) {
      resolver = undefined; // the chunk failed to load (offline): try again on the next submit
      throw error;
    }
  };
}

import type { VariantProps } from "class-variance-authority";
import type { ComponentProps } from "react";
import { buttonVariants } from "./button-variants";
import { fieldClass } from "./field-class";

// <Button>, <Input>, <Textarea>, <Select> and <Checkbox> for client components, without
// tailwind-merge (about 10 KB gzipped of a page's first load): the same looks, but a `className`
// given here is appended to the component's classes, not merged with them, so it must not
// contradict them (no second padding, height, width or text size: which of two heights wins is
// decided by the order of the stylesheet, not of the classes). The one exception is the height of
// a <PlainSelect multiple>, a list box whose caller sets its height. Server components use
// ./button.tsx and ./input.tsx, which merge.

type PlainButtonProps = ComponentProps<"button"> & VariantProps<typeof buttonVariants>;

export function PlainButton({ className, variant, size, type, ...props }: PlainButtonProps) {
  return <button className={buttonVariants({ variant, size, className })} type={type ?? "button"} {...props} />;
}

export function PlainInput({ className, ...props }: ComponentProps<"input">) {
  return <input className={`${fieldClass} h-10 ${className ?? ""}`} {...props} />;
}

export function PlainTextarea({ className, ...props }: ComponentProps<"textarea">) {
  return <textarea className={`${fieldClass} min-h-24 ${className ?? ""}`} {...props} />;
}

export function PlainSelect({ className, ...props }: ComponentProps<"select">) {
  return <select className={`${fieldClass} ${props.multiple ? "" : "h-10 "}pr-8 ${className ?? ""}`} {...props} />;
}

export function PlainCheckbox({ className, ...props }: Omit<ComponentProps<"input">, "type">) {
  return <input type="checkbox" className={`h-4 w-4 accent-blue-800 ${className ?? ""}`} {...props} />;
}

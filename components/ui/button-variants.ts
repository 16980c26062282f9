import { cva } from "class-variance-authority";

// The button's looks, apart from <Button> (./button.tsx): a client component that only needs a
// plain <button> styled as one (an error boundary, the back button, a dialog's actions) takes the
// classes from here without bringing tailwind-merge, which <Button> uses to let a caller's classes
// override these, into the first load of every page.
export const buttonVariants = cva(
  "inline-flex items-center justify-center gap-2 rounded-md text-sm font-medium transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 disabled:pointer-events-none disabled:opacity-60",
  {
    variants: {
      variant: {
        primary: "bg-blue-800 text-white hover:bg-blue-900",
        secondary: "border border-slate-300 bg-white text-slate-900 hover:bg-slate-50",
        danger: "bg-red-700 text-white hover:bg-red-800",
        ghost: "text-slate-700 hover:bg-slate-100",
        link: "text-blue-800 underline-offset-2 hover:underline px-0",
      },
      size: { sm: "h-8 px-3", md: "h-10 px-4", icon: "h-9 w-9" },
    },
    defaultVariants: { variant: "primary", size: "md" },
  },
);

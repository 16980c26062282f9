import { cva } from "class-variance-authority";

// The button's looks, apart from <Button> (./button.tsx): a client component that only needs a
// plain <button> styled as one (an error boundary, the back button, a dialog's actions) takes the
// classes from here without bringing tailwind-merge, which <Button> uses to let a caller's classes
// override these, into the first load of every page.
export const buttonVariants = cva(
  "inline-flex items-center justify-center gap-2 rounded-md font-medium transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 disabled:pointer-events-none disabled:opacity-60",
  {
    variants: {
      variant: {
        primary: "bg-blue-800 text-white hover:bg-blue-900",
        secondary: "border border-slate-300 bg-white text-slate-900 hover:bg-slate-50",
        danger: "bg-red-700 text-white hover:bg-red-800",
        ghost: "text-slate-700 hover:bg-slate-100",
        link: "text-blue-800 underline-offset-2 hover:underline px-0",
      },
      // The text size goes with the size, so that no plain button needs a second, conflicting one;
      // lg is the touch-sized button of the check-in desk.
      size: { sm: "h-8 px-3 text-sm", md: "h-10 px-4 text-sm", lg: "h-12 px-4 text-base", icon: "h-9 w-9 text-sm" },
    },
    defaultVariants: { variant: "primary", size: "md" },
  },
);

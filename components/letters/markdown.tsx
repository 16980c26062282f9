import ReactMarkdown from "react-markdown";

// Safe by default: react-markdown renders no raw HTML, so a pasted <script> stays text.
// Headings start at h3 so the rendered text fits under the page's own h1/h2 outline.
const shift = { h1: "h3", h2: "h4", h3: "h5", h4: "h6", h5: "h6" } as const;

export function Markdown({ children }: { children: string }) {
  return (
    <div className="space-y-3 text-sm leading-6 text-slate-800 [&_a]:text-blue-800 [&_a]:underline [&_blockquote]:border-l-4 [&_blockquote]:border-slate-300 [&_blockquote]:pl-3 [&_h3]:text-lg [&_h3]:font-semibold [&_h4]:font-semibold [&_h5]:font-semibold [&_ol]:list-decimal [&_ol]:pl-6 [&_ul]:list-disc [&_ul]:pl-6">
      <ReactMarkdown components={shift}>{children}</ReactMarkdown>
    </div>
  );
}

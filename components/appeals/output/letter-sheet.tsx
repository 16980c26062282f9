import ReactMarkdown from "react-markdown";
import { addressLines, senderLines, type Letter } from "@/lib/appeals/letter";

// Safe by default: react-markdown renders no raw HTML. Headings start at h3 under the letter's h2.
const shift = { h1: "h3", h2: "h4", h3: "h5", h4: "h6", h5: "h6" } as const;

/** One personalized letter laid out as an A4 page: sender, date, addressee, subject, body. */
export function LetterSheet({ letter }: { letter: Letter }) {
  const sender = senderLines();
  const address = addressLines(letter.recipient);
  return (
    <article
      lang={letter.language}
      aria-label={`Letter to ${letter.recipient.name}`}
      className="mx-auto max-w-[210mm] bg-white px-6 py-8 font-serif text-[11pt] leading-relaxed text-slate-900 shadow-md ring-1 ring-slate-200 sm:px-[20mm] sm:py-[18mm] print:max-w-none print:p-0 print:shadow-none print:ring-0"
    >
      <div className="text-right text-sm">
        {sender.map((line, i) => (
          <p key={i} className={i === 0 ? "font-semibold" : undefined}>
            {line}
          </p>
        ))}
        <p className="mt-4">{letter.date}</p>
      </div>
      <div className="mt-8">
        {address.map((line, i) => (
          <p key={i} className={i === 0 ? "font-semibold" : undefined}>
            {line}
          </p>
        ))}
      </div>
      <h2 className="mt-10 text-[12pt] font-bold">{letter.subject}</h2>
      <div className="mt-6 space-y-4 [&_a]:underline [&_blockquote]:border-l-4 [&_blockquote]:border-slate-300 [&_blockquote]:pl-3 [&_h3]:text-lg [&_h3]:font-bold [&_h4]:font-bold [&_h5]:font-semibold [&_li]:mt-1 [&_ol]:list-decimal [&_ol]:pl-6 [&_ul]:list-disc [&_ul]:pl-6">
        <ReactMarkdown components={shift}>{letter.bodyMarkdown}</ReactMarkdown>
      </div>
    </article>
  );
}

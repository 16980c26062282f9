import Link from "next/link";
import type { Role } from "@/lib/auth/policy";
import { can } from "@/lib/auth/policy";

// The ways contacts come in (and duplicates go out), shown to those who may use them.
export function ContactTools({ role }: { role: Role }) {
  if (!can(role, "contact.write")) return null;
  const tools = [
    { href: "/contacts/import", label: "Import CSV" },
    { href: "/contacts/from-report", label: "From a report" },
    { href: "/contacts/rosters", label: "Parliament rosters" },
    ...(can(role, "delete") ? [{ href: "/contacts/duplicates", label: "Duplicates" }] : []),
  ];
  return (
    <nav aria-label="Contact tools" className="-mt-3 mb-4">
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {tools.map((t) => (
          <li key={t.href}>
            <Link href={t.href} className="font-medium text-blue-800 hover:underline">
              {t.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

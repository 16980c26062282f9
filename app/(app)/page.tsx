import { redirect } from "next/navigation";
import { requirePageUser } from "@/lib/auth/current-user";
import { homePath } from "@/lib/auth/policy";

// Where a sign-in lands: the dashboard for those who manage the work, My work for everyone else.
export default async function Home() {
  const user = await requirePageUser();
  redirect(homePath(user.role));
}

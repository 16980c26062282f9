import { redirect } from "next/navigation";

// Campaigns are the first section; the dashboard of a later issue will take this place.
export default function Home() {
  redirect("/campaigns");
}

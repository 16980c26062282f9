import { PageLoading } from "@/components/ui/page-loading";

export default function Loading() {
  return <PageLoading label="Loading the report…" shape="panel" />;
}

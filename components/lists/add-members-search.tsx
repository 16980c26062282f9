import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

/** The "Add members" search box: a GET form, so the search lives in the URL (`add`). */
export function AddMembersSearch({ add, q }: { add: string; q: string }) {
  return (
    <form method="get" role="search" aria-label="Contact search" className="flex flex-wrap items-end gap-3">
      {q && <input type="hidden" name="q" value={q} />}
      <div className="min-w-56 flex-1">
        <label htmlFor="add" className="mb-1 block text-sm font-medium text-slate-800">
          Find contacts to add
        </label>
        <Input id="add" name="add" type="search" defaultValue={add} placeholder="Name, title or organization, any script" />
      </div>
      <Button type="submit" variant="secondary">
        Search contacts
      </Button>
    </form>
  );
}

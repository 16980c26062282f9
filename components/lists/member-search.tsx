import { FilterField, FilterForm } from "@/components/ui/filter-form";
import { Input } from "@/components/ui/input";

/** Searches within the list's members (`q`), keeping an open "Add members" search. */
export function MemberSearch({ q, add }: { q: string; add: string }) {
  return (
    <FilterForm label="Member search">
      {add && <input type="hidden" name="add" value={add} />}
      <FilterField id="q" label="Search members" grow>
        <Input id="q" name="q" type="search" defaultValue={q} placeholder="Name, title or organization" />
      </FilterField>
    </FilterForm>
  );
}

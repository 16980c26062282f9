import { useState, type ChangeEvent } from "react";

/**
 * The checkboxes of a table whose rows can be selected for a bulk action: one per row and one
 * "select all on this page" in the header. `ids` are the rows that can be selected.
 */
export function useRowSelection(ids: readonly string[]) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const allSelected = ids.length > 0 && ids.every((id) => selected.has(id));

  function toggle(id: string, checked: boolean) {
    setSelected((current) => {
      const next = new Set(current);
      if (checked) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  return {
    /** the selected ids, in the order they were ticked */
    ids: [...selected],
    size: selected.size,
    clear: () => setSelected(new Set()),
    /** props for the header's checkbox */
    all: { checked: allSelected, onChange: (e: ChangeEvent<HTMLInputElement>) => setSelected(e.target.checked ? new Set(ids) : new Set()) },
    /** props for one row's checkbox */
    row: (id: string) => ({ checked: selected.has(id), onChange: (e: ChangeEvent<HTMLInputElement>) => toggle(id, e.target.checked) }),
  };
}

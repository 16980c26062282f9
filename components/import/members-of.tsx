"use client";

import { Field } from "@/components/ui/field";
import { PlainSelect as Select } from "@/components/ui/plain-controls";
import { EnumOptions } from "@/components/ui/enum-options";
import { parliamentaryBodies, parliamentaryBodyLabels, type ParliamentaryBody } from "@/lib/contacts/labels";

type Props = { value: ParliamentaryBody | null; onChange: (body: ParliamentaryBody | null) => void; disabled?: boolean };

/**
 * "These are members of …": one parliamentary body for every row of the file (a list of MEPs has
 * no column saying so). Applied by the dry run and the import alike; a Parliamentary body column,
 * if mapped, is then not read.
 */
export function MembersOf({ value, onChange, disabled }: Props) {
  return (
    <Field
      id="members-of"
      label="These are members of"
      hint="Sets the parliamentary body of every row, tags them as the roster import does (MEP, PACE, OSCE PA) and reads group short names (Renew, GUE/NGL) as the app’s group names."
    >
      <Select value={value ?? ""} disabled={disabled} onChange={(e) => onChange((e.target.value || null) as ParliamentaryBody | null)} className="max-w-sm">
        <option value="">— Not parliamentarians, or as the file says —</option>
        <EnumOptions values={parliamentaryBodies} labels={parliamentaryBodyLabels} />
      </Select>
    </Field>
  );
}

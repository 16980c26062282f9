"use client";

import { PlainSelect as Select } from "@/components/ui/plain-controls";
import { Table, Td, Th } from "@/components/ui/table";
import { contactFieldLabels, contactFields, type ColumnMapping, type MappingTarget } from "@/lib/import/csv/mapping";
import { EnumOptions } from "@/components/ui/enum-options";

type Props = { headers: string[]; sample: string[][]; mapping: ColumnMapping; onChange: (mapping: ColumnMapping) => void; disabled?: boolean };

/** One row per column of the file: its name, a labelled field select, and a few of its values. */
export function MappingTable({ headers, sample, mapping, onChange, disabled }: Props) {
  const samplesOf = (column: number) => sample.map((row) => (row[column] ?? "").trim()).filter(Boolean).slice(0, 3);
  return (
    <Table caption="Columns of the file and the contact field each one fills">
      <thead>
        <tr>
          <Th>Column in the file</Th>
          <Th>Contact field</Th>
          <Th>Sample values</Th>
        </tr>
      </thead>
      <tbody>
        {headers.map((header, column) => (
          <tr key={column}>
            <Td className="font-medium">{header}</Td>
            <Td>
              <label htmlFor={`map-${column}`} className="sr-only">
                Field for column “{header}”
              </label>
              <Select
                id={`map-${column}`}
                value={mapping[column]}
                disabled={disabled}
                onChange={(e) => onChange(mapping.map((t, i) => (i === column ? (e.target.value as MappingTarget) : t)))}
                className="min-w-48"
              >
                <option value="ignore">— Ignore this column —</option>
                <EnumOptions values={contactFields} labels={contactFieldLabels} />
              </Select>
            </Td>
            <Td className="text-slate-700">
              {samplesOf(column).length === 0 ? (
                <span className="text-slate-600">(empty in the first rows)</span>
              ) : (
                <ul className="space-y-0.5">
                  {samplesOf(column).map((value, i) => (
                    <li key={i} className="max-w-md truncate">
                      {value}
                    </li>
                  ))}
                </ul>
              )}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

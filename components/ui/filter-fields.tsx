import type { ComponentProps, ReactNode } from "react";
import { FilterField } from "./filter-form";
import { Input, Select } from "./input";

// The fields of a list's filter bar (FilterForm). Each field's id is also its URL parameter.

export type FilterOption = { value: string; label: string };

/** Options from a list of values and their labels, e.g. a schema's statuses. */
export function labelled<T extends string>(values: readonly T[], labels: Record<T, string>): FilterOption[] {
  return values.map((value) => ({ value, label: labels[value] }));
}

/** Options from plain values, shown as they are or through a label function, e.g. country names. */
export function listed(values: readonly string[], label: (value: string) => string = (value) => value): FilterOption[] {
  return values.map((value) => ({ value, label: label(value) }));
}

/** Options from records with an id and a name, e.g. campaigns. */
export function named(items: ReadonlyArray<{ id: string; name: string }>): FilterOption[] {
  return items.map((item) => ({ value: item.id, label: item.name }));
}

type SelectFilterProps = {
  id: string;
  label: string;
  value?: string;
  /** Listed after the children (the fixed options such as "All"). */
  options?: FilterOption[];
  className?: string;
  children?: ReactNode;
};

export function SelectFilter({ id, label, value, options = [], className, children }: SelectFilterProps) {
  return (
    <FilterField id={id} label={label}>
      <Select id={id} name={id} defaultValue={value} className={className}>
        {children}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    </FilterField>
  );
}

export function InputFilter({ id, label, ...props }: { id: string; label: string } & Omit<ComponentProps<"input">, "id" | "name">) {
  return (
    <FilterField id={id} label={label}>
      <Input id={id} name={id} {...props} />
    </FilterField>
  );
}

/** The free-text search, parameter `q`. */
export function SearchFilter({ value, placeholder }: { value?: string; placeholder: string }) {
  return (
    <FilterField id="q" label="Search" grow>
      <Input id="q" name="q" type="search" defaultValue={value} placeholder={placeholder} />
    </FilterField>
  );
}

/** A date range, parameters `from` and `to`. */
export function DateRangeFilter({ from, to }: { from?: string; to?: string }) {
  return (
    <>
      <InputFilter id="from" label="From" type="date" defaultValue={from} />
      <InputFilter id="to" label="To" type="date" defaultValue={to} />
    </>
  );
}

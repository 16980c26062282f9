import { FilterField, FilterForm } from "@/components/ui/filter-form";
import { Input, Select } from "@/components/ui/input";
import { countryName } from "@/lib/contacts/countries";
import { eventForumLabels, eventForums, eventKindLabels, eventKinds, eventStatuses, eventStatusLabels, type EventListParams } from "@/lib/events/schema";

type Props = { params: EventListParams; options: { countries: string[]; campaigns: Array<{ id: string; name: string }> } };

export function EventFilters({ params, options }: Props) {
  return (
    <FilterForm label="Filter events">
      <FilterField id="q" label="Search" grow>
        <Input id="q" name="q" type="search" defaultValue={params.q} placeholder="Title, venue, city" />
      </FilterField>
      <FilterField id="when" label="When">
        <Select id="when" name="when" defaultValue={params.when}>
          <option value="upcoming">Upcoming</option>
          <option value="past">Past</option>
          <option value="all">All</option>
        </Select>
      </FilterField>
      <FilterField id="kind" label="Kind">
        <Select id="kind" name="kind" defaultValue={params.kind}>
          <option value="">All</option>
          {eventKinds.map((k) => (
            <option key={k} value={k}>
              {eventKindLabels[k]}
            </option>
          ))}
        </Select>
      </FilterField>
      <FilterField id="forum" label="Forum">
        <Select id="forum" name="forum" defaultValue={params.forum} className="max-w-52">
          <option value="">All</option>
          {eventForums.map((f) => (
            <option key={f} value={f}>
              {eventForumLabels[f]}
            </option>
          ))}
        </Select>
      </FilterField>
      <FilterField id="status" label="Status">
        <Select id="status" name="status" defaultValue={params.status}>
          <option value="all">All</option>
          {eventStatuses.map((s) => (
            <option key={s} value={s}>
              {eventStatusLabels[s]}
            </option>
          ))}
        </Select>
      </FilterField>
      <FilterField id="country" label="Country">
        <Select id="country" name="country" defaultValue={params.country} className="max-w-48">
          <option value="">All</option>
          {options.countries.map((c) => (
            <option key={c} value={c}>
              {countryName(c)}
            </option>
          ))}
        </Select>
      </FilterField>
      <FilterField id="campaign" label="Campaign">
        <Select id="campaign" name="campaign" defaultValue={params.campaign} className="max-w-56">
          <option value="">Any</option>
          {options.campaigns.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </Select>
      </FilterField>
      <FilterField id="from" label="From">
        <Input id="from" name="from" type="date" defaultValue={params.from} />
      </FilterField>
      <FilterField id="to" label="To">
        <Input id="to" name="to" type="date" defaultValue={params.to} />
      </FilterField>
      <FilterField id="sort" label="Sort by">
        <Select id="sort" name="sort" defaultValue={params.sort}>
          <option value="auto">Start (soonest upcoming, latest past)</option>
          <option value="soonest">Start, earliest first</option>
          <option value="latest">Start, latest first</option>
          <option value="relevance">Relevance (when searching)</option>
        </Select>
      </FilterField>
    </FilterForm>
  );
}

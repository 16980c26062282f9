import { DateRangeFilter, labelled, listed, named, SearchFilter, SelectFilter } from "@/components/ui/filter-fields";
import { FilterForm } from "@/components/ui/filter-form";
import { countryName } from "@/lib/contacts/countries";
import { eventForumLabels, eventForums, eventKindLabels, eventKinds, eventStatuses, eventStatusLabels, type EventListParams } from "@/lib/events/schema";

type Props = { params: EventListParams; options: { countries: string[]; campaigns: Array<{ id: string; name: string }> } };

export function EventFilters({ params, options }: Props) {
  return (
    <FilterForm label="Filter events">
      <SearchFilter value={params.q} placeholder="Title, venue, city" />
      <SelectFilter id="when" label="When" value={params.when}>
        <option value="upcoming">Upcoming</option>
        <option value="past">Past</option>
        <option value="all">All</option>
      </SelectFilter>
      <SelectFilter id="kind" label="Kind" value={params.kind} options={labelled(eventKinds, eventKindLabels)}>
        <option value="">All</option>
      </SelectFilter>
      <SelectFilter id="forum" label="Forum" value={params.forum} className="max-w-52" options={labelled(eventForums, eventForumLabels)}>
        <option value="">All</option>
      </SelectFilter>
      <SelectFilter id="status" label="Status" value={params.status} options={labelled(eventStatuses, eventStatusLabels)}>
        <option value="all">All</option>
      </SelectFilter>
      <SelectFilter id="country" label="Country" value={params.country} className="max-w-48" options={listed(options.countries, countryName)}>
        <option value="">All</option>
      </SelectFilter>
      <SelectFilter id="campaign" label="Campaign" value={params.campaign} className="max-w-56" options={named(options.campaigns)}>
        <option value="">Any</option>
      </SelectFilter>
      <DateRangeFilter from={params.from} to={params.to} />
      <SelectFilter id="sort" label="Sort by" value={params.sort}>
        <option value="auto">Start (soonest upcoming, latest past)</option>
        <option value="soonest">Start, earliest first</option>
        <option value="latest">Start, latest first</option>
        <option value="relevance">Relevance (when searching)</option>
      </SelectFilter>
    </FilterForm>
  );
}

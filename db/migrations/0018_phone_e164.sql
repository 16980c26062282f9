-- The E.164 form of each phone number, beside the number as written. Computed in JavaScript
-- (phoneColumns in lib/contacts/phones.ts) by every writer; rows written before this migration are
-- filled by `npm run db:phones -- --fix` (the demo seed runs the same backfill).
ALTER TABLE "contact_phones" ADD COLUMN "phone_e164" text;

-- contact_list_members' copies of each member's contact: full name, search text and whether it
-- was merged (migration 0023). The contacts page searches and pages a list's members by them
-- alone (lib/contacts/queries.ts), so they are set as a membership is added or moved to another
-- contact, and again in the statement that changes the contact. Row triggers: a membership needs
-- its one contact, and a contact's change reaches its few memberships through
-- contact_list_members_contact_idx (the WHEN skips every update that changes none of the three).
--
-- Current definitions, applied after the migrations (db/migrate.ts); see README.md in this folder.

CREATE OR REPLACE FUNCTION list_member_copy_contact() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  SELECT c.full_name, c.search_text, c.merged_into_id IS NOT NULL INTO NEW.full_name, NEW.search_text, NEW.merged
    FROM contacts c WHERE c.id = NEW.contact_id;
  RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION list_members_follow_contact() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  UPDATE contact_list_members
     SET full_name = NEW.full_name, search_text = NEW.search_text, merged = NEW.merged_into_id IS NOT NULL
   WHERE contact_id = NEW.id;
  RETURN NULL;
END $$;

DROP TRIGGER IF EXISTS contact_list_members_copy_contact ON contact_list_members;
CREATE TRIGGER contact_list_members_copy_contact BEFORE INSERT OR UPDATE OF contact_id ON contact_list_members
  FOR EACH ROW EXECUTE FUNCTION list_member_copy_contact();

DROP TRIGGER IF EXISTS contacts_list_members_follow ON contacts;
CREATE TRIGGER contacts_list_members_follow AFTER UPDATE OF full_name, search_text, merged_into_id ON contacts
  FOR EACH ROW WHEN (OLD.full_name IS DISTINCT FROM NEW.full_name OR OLD.search_text IS DISTINCT FROM NEW.search_text
                     OR (OLD.merged_into_id IS NULL) <> (NEW.merged_into_id IS NULL))
  EXECUTE FUNCTION list_members_follow_contact();

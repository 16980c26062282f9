-- The engagement counter (0014) was raised by any change to ten tables, so drafting an appeal or
-- editing a case's summary made the next dashboard view recompute "most engaged" (seconds at a
-- million contacts). Now only the columns that figure reads raise it. Inserting an appeal,
-- recipient, letter, event or case changes nothing it counts (no dispatch, signature or
-- attendance hangs on it yet); deleting one does (its dispatches, signatures and invitations go).
DO $$
DECLARE spec text[];
BEGIN
  -- table, the events that count
  FOREACH spec SLICE 1 IN ARRAY ARRAY[
    ['appeal_dispatches', 'INSERT OR UPDATE OR DELETE'],
    ['appeal_recipients', 'UPDATE OF appeal_id, contact_id OR DELETE'],
    ['appeals', 'UPDATE OF campaign_id OR DELETE'],
    ['appeal_cases', 'INSERT OR UPDATE OR DELETE'],
    ['cases', 'UPDATE OF restricted OR DELETE'],
    ['case_assignments', 'INSERT OR UPDATE OR DELETE'],
    ['letter_signatories', 'INSERT OR UPDATE OF letter_id, contact_id, status, signed_on OR DELETE'],
    ['letters', 'UPDATE OF campaign_id OR DELETE'],
    ['invitations', 'INSERT OR UPDATE OF event_id, contact_id, attendance OR DELETE'],
    ['events', 'UPDATE OF starts_at, campaign_id OR DELETE']] LOOP
    EXECUTE format('DROP TRIGGER %I ON %I', spec[1] || '_engagement_version', spec[1]);
    EXECUTE format('CREATE CONSTRAINT TRIGGER %I AFTER %s ON %I DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_engagement_version()',
                   spec[1] || '_engagement_version', spec[2], spec[1]);
  END LOOP;
END $$;

-- The audit log is append-only: the database itself refuses to change or remove an entry,
-- whatever the application (or someone with the app's credentials) tries. Row-level security
-- (migration 0017) also withholds UPDATE and DELETE from the app role; this holds for the owner too.
--
-- Current definitions, applied after the migrations (db/migrate.ts); see README.md in this folder.

CREATE OR REPLACE FUNCTION audit_entries_refuse_change() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  RAISE EXCEPTION 'audit entries are append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;

DROP TRIGGER IF EXISTS audit_entries_no_update_delete ON audit_entries;
CREATE TRIGGER audit_entries_no_update_delete
  BEFORE UPDATE OR DELETE ON audit_entries
  FOR EACH ROW EXECUTE FUNCTION audit_entries_refuse_change();

DROP TRIGGER IF EXISTS audit_entries_no_truncate ON audit_entries;
CREATE TRIGGER audit_entries_no_truncate
  BEFORE TRUNCATE ON audit_entries
  FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_refuse_change();

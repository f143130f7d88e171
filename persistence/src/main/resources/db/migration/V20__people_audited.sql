-- Reelbase schema, part 20: changes to people are in the audit trail, whoever makes them and by whatever path: a
-- person added, their role changed, disabled or enabled, their profile removed.

CREATE FUNCTION reelbase_audit_person() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    was jsonb := CASE WHEN TG_OP <> 'INSERT' THEN jsonb_build_object('login', OLD.login_role, 'role', OLD.app_role, 'active', OLD.active) END;
    now_ jsonb := CASE WHEN TG_OP <> 'DELETE' THEN jsonb_build_object('login', NEW.login_role, 'role', NEW.app_role, 'active', NEW.active) END;
BEGIN
    IF TG_OP = 'UPDATE' AND was = now_ THEN
        RETURN NEW; -- a last login, a name: not a change of who may do what
    END IF;
    INSERT INTO action_record (action_type, component, metadata, state_before, state_after)
    VALUES ('ADMIN_CHANGE', 'people', jsonb_build_object('person', coalesce(NEW.login_role, OLD.login_role),
            'change', lower(TG_OP)), was, now_);
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$;
CREATE TRIGGER app_user_audit AFTER INSERT OR UPDATE OR DELETE ON app_user
    FOR EACH ROW EXECUTE FUNCTION reelbase_audit_person();

REVOKE EXECUTE ON FUNCTION reelbase_audit_person() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION reelbase_audit_person() TO reelbase_viewer, reelbase_developer;

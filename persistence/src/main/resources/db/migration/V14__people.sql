-- Reelbase schema, part 14: managing people. Each person is a login role of their own, a member of one group
-- role, with a profile in app_user. Only an admin may add, change, disable or enable people; the functions run
-- as reelbase_owner (which may create roles and hand out the group roles) and check the caller themselves.
-- Passwords reach the server only as SCRAM verifiers made by the client, never as text a log could keep.

ALTER ROLE reelbase_owner CREATEROLE;
GRANT reelbase_viewer, reelbase_editor, reelbase_content_manager, reelbase_developer, reelbase_admin
    TO reelbase_owner WITH ADMIN OPTION;

CREATE FUNCTION reelbase_require_admin() RETURNS void
LANGUAGE plpgsql STABLE SET search_path = public, pg_temp AS $$
BEGIN
    IF NOT reelbase_has_role('reelbase_admin') THEN
        RAISE EXCEPTION 'Managing people needs the Admin role.'
            USING ERRCODE = 'insufficient_privilege', HINT = 'Ask an admin to do it.';
    END IF;
END;
$$;

-- The group role for an app role (ADMIN, CONTENT_MANAGER, EDITOR, DEVELOPER, VIEWER), or an error saying the choice.
CREATE FUNCTION reelbase_group_role(p_role text) RETURNS text
LANGUAGE plpgsql IMMUTABLE SET search_path = public, pg_temp AS $$
BEGIN
    IF p_role IS NULL OR upper(p_role) NOT IN ('ADMIN', 'CONTENT_MANAGER', 'EDITOR', 'DEVELOPER', 'VIEWER') THEN
        RAISE EXCEPTION 'There is no role "%".', p_role
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'Choose one of admin, content_manager, editor, developer, viewer.';
    END IF;
    RETURN 'reelbase_' || lower(p_role);
END;
$$;

-- A login another admin may manage: a person's own role, never a superuser or one of Reelbase's group roles.
CREATE FUNCTION reelbase_check_person_login(p_login text) RETURNS void
LANGUAGE plpgsql STABLE SET search_path = public, pg_temp AS $$
BEGIN
    IF p_login IS NULL OR p_login !~ '^[a-z_][a-z0-9_]{0,62}$' THEN
        RAISE EXCEPTION '"%" is not a valid login name.', p_login
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'Use lower-case letters, digits and _ (at most 63, not starting with a digit), e.g. ann or ann_lee.';
    END IF;
    IF p_login LIKE 'pg\_%' OR p_login LIKE 'reelbase\_%' OR p_login IN ('postgres', 'public')
       OR EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login AND (rolsuper OR rolbypassrls)) THEN
        RAISE EXCEPTION '"%" is reserved: it cannot be a person''s login.', p_login
            USING ERRCODE = 'invalid_parameter_value', HINT = 'Choose another name.';
    END IF;
END;
$$;

CREATE FUNCTION reelbase_check_verifier(p_verifier text) RETURNS void
LANGUAGE plpgsql IMMUTABLE SET search_path = public, pg_temp AS $$
BEGIN
    IF p_verifier IS NOT NULL AND p_verifier !~ '^SCRAM-SHA-256\$' THEN
        RAISE EXCEPTION 'A password must reach the server as a SCRAM-SHA-256 verifier, not as text.'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'Use reelbase admin, which makes one from the password typed.';
    END IF;
END;
$$;

-- Adds a person: a new login role with the verifier as its password (or, with verifier null, an existing role
-- that is not yet anyone's), the group role, and the profile.
CREATE FUNCTION reelbase_add_person(p_login text, p_name text, p_role text, p_verifier text) RETURNS uuid
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    grp text := reelbase_group_role(p_role);
    made uuid;
BEGIN
    PERFORM reelbase_require_admin();
    PERFORM reelbase_check_person_login(p_login);
    PERFORM reelbase_check_verifier(p_verifier);
    IF EXISTS (SELECT 1 FROM app_user u WHERE u.login_role = p_login) THEN
        RAISE EXCEPTION '"%" is already a person here.', p_login
            USING ERRCODE = 'unique_violation', HINT = 'Change their role with set-role, or their password with reset-password.';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login) THEN
        IF p_verifier IS NOT NULL THEN
            RAISE EXCEPTION 'The server already has a login "%".', p_login
                USING ERRCODE = 'duplicate_object', HINT = 'Add it as an existing login (--existing, no password), or choose another name.';
        END IF;
    ELSIF p_verifier IS NULL THEN
        RAISE EXCEPTION 'The server has no login "%".', p_login
            USING ERRCODE = 'undefined_object', HINT = 'Give a password to create the login.';
    ELSE
        EXECUTE format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD %L', p_login, p_verifier);
    END IF;
    EXECUTE format('GRANT %I TO %I', grp, p_login);
    INSERT INTO app_user (login_role, display_name, app_role)
    VALUES (p_login, coalesce(nullif(btrim(p_name), ''), p_login), upper(p_role))
    RETURNING id INTO made;
    RETURN made;
END;
$$;

CREATE FUNCTION reelbase_set_person_role(p_login text, p_role text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    grp text := reelbase_group_role(p_role);
    g text;
BEGIN
    PERFORM reelbase_require_admin();
    PERFORM reelbase_check_person_login(p_login);
    UPDATE app_user u SET app_role = upper(p_role) WHERE u.login_role = p_login;
    IF NOT FOUND THEN
        RAISE EXCEPTION '"%" is not a person here.', p_login USING ERRCODE = 'undefined_object', HINT = 'See reelbase admin list-users.';
    END IF;
    FOREACH g IN ARRAY ARRAY['reelbase_viewer', 'reelbase_editor', 'reelbase_content_manager', 'reelbase_developer', 'reelbase_admin'] LOOP
        IF g <> grp AND EXISTS (SELECT 1 FROM pg_auth_members m WHERE m.roleid = g::regrole AND m.member = p_login::regrole) THEN
            EXECUTE format('REVOKE %I FROM %I', g, p_login);
        END IF;
    END LOOP;
    EXECUTE format('GRANT %I TO %I', grp, p_login);
END;
$$;

-- Disabling keeps the person's history and profile; their login is refused until enabled again.
CREATE FUNCTION reelbase_set_person_enabled(p_login text, p_enabled boolean) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM reelbase_require_admin();
    PERFORM reelbase_check_person_login(p_login);
    IF p_login = session_user::text AND NOT p_enabled THEN
        RAISE EXCEPTION 'You cannot disable your own login.' USING ERRCODE = 'invalid_parameter_value',
            HINT = 'Ask another admin.';
    END IF;
    UPDATE app_user u SET active = p_enabled WHERE u.login_role = p_login;
    IF NOT FOUND THEN
        RAISE EXCEPTION '"%" is not a person here.', p_login USING ERRCODE = 'undefined_object', HINT = 'See reelbase admin list-users.';
    END IF;
    EXECUTE format('ALTER ROLE %I %s', p_login, CASE WHEN p_enabled THEN 'LOGIN' ELSE 'NOLOGIN' END);
END;
$$;

CREATE FUNCTION reelbase_set_person_password(p_login text, p_verifier text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF p_login <> session_user::text THEN
        PERFORM reelbase_require_admin();
    END IF;
    PERFORM reelbase_check_person_login(p_login);
    PERFORM reelbase_check_verifier(p_verifier);
    IF p_verifier IS NULL THEN
        RAISE EXCEPTION 'No password given.' USING ERRCODE = 'invalid_parameter_value', HINT = 'Type the new password.';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM app_user u WHERE u.login_role = p_login) THEN
        RAISE EXCEPTION '"%" is not a person here.', p_login USING ERRCODE = 'undefined_object', HINT = 'See reelbase admin list-users.';
    END IF;
    EXECUTE format('ALTER ROLE %I PASSWORD %L', p_login, p_verifier);
END;
$$;

-- Called by every client when it opens the catalogue: the person's last login. It runs as the owner, whom the
-- forced row-level security on app_user binds too: this policy lets it touch the caller's own row (people hold
-- no UPDATE grant on app_user, so for them it opens nothing).
CREATE POLICY app_user_own_login ON app_user FOR UPDATE USING (login_role = session_user::text)
    WITH CHECK (login_role = session_user::text);
CREATE FUNCTION reelbase_note_login() RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    UPDATE public.app_user SET last_login_at = now() WHERE login_role = session_user::text
$$;

-- People as an admin sees them: the profile, whether the server lets them log in.
CREATE FUNCTION reelbase_people() RETURNS TABLE (login text, display_name text, app_role text, active boolean,
    can_login boolean, last_login_at timestamptz)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
#variable_conflict use_column
BEGIN
    PERFORM reelbase_require_admin();
    RETURN QUERY SELECT u.login_role::text, u.display_name::text, u.app_role::text, u.active,
                        coalesce(r.rolcanlogin, false), u.last_login_at
                 FROM app_user u LEFT JOIN pg_roles r ON r.rolname = u.login_role
                 ORDER BY u.login_role;
END;
$$;

REVOKE EXECUTE ON FUNCTION reelbase_require_admin(), reelbase_group_role(text), reelbase_check_person_login(text),
    reelbase_check_verifier(text), reelbase_add_person(text, text, text, text), reelbase_set_person_role(text, text),
    reelbase_set_person_enabled(text, boolean), reelbase_set_person_password(text, text), reelbase_note_login(),
    reelbase_people() FROM PUBLIC;
-- Everyone may call them: each function checks who is calling (and a person may change their own password).
GRANT EXECUTE ON FUNCTION reelbase_require_admin(), reelbase_group_role(text), reelbase_check_person_login(text),
    reelbase_check_verifier(text), reelbase_add_person(text, text, text, text), reelbase_set_person_role(text, text),
    reelbase_set_person_enabled(text, boolean), reelbase_set_person_password(text, text), reelbase_note_login(),
    reelbase_people() TO reelbase_viewer, reelbase_developer;

package io.reelbase.persistence;

import io.reelbase.core.ReelbaseException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Optional;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** Turns driver and server errors into messages that say what failed and what to do. */
public final class DatabaseErrors {
    private DatabaseErrors() {
    }

    /** The SQLException somewhere in the cause chain, if any. */
    public static Optional<SQLException> sqlCause(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return Optional.of(sql);
            }
        }
        return Optional.empty();
    }

    private static Optional<Throwable> causeOfType(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** For failures while connecting to {@code target} (a JDBC URL or "the embedded database"). */
    public static ReelbaseException connectFailure(String target, String user, Throwable error) {
        if (error instanceof ReelbaseException re) {
            return re;
        }
        Optional<SQLException> sql = sqlCause(error);
        String state = sql.map(SQLException::getSQLState).orElse("");
        String detail = sql.map(SQLException::getMessage).orElse(String.valueOf(error.getMessage()));
        if (causeOfType(error, UnknownHostException.class).isPresent()) {
            return new ReelbaseException("Cannot find the database server in " + target + ": unknown host.",
                    "Check the host name in the JDBC URL (--db), or your network connection.", error);
        }
        if (detail != null && (detail.contains("SSL") || detail.contains("certificate"))) {
            return new ReelbaseException("The secure (TLS) connection to " + target + " failed: " + detail,
                    "Check --sslmode and the server's certificate (sslrootcert in the URL), or ask your administrator "
                            + "whether the server offers TLS.", error);
        }
        if (causeOfType(error, ConnectException.class).isPresent() || state.startsWith("08")) {
            return new ReelbaseException("Cannot reach the database server at " + target + " (" + detail + ").",
                    "Check that PostgreSQL is running there and accepts connections on that port, "
                            + "or run without --db to use the embedded database.", error);
        }
        if (detail != null && detail.contains("is not permitted to log in")) {
            return new ReelbaseException("The login '" + user + "' is disabled on " + target + ".",
                    "Ask an admin to enable it again (reelbase admin enable " + user + ").", error);
        }
        switch (state) {
            case "28P01", "28000":
                return new ReelbaseException("The database refused the login of '" + user + "' at " + target
                        + ": wrong password or no access.",
                        "Check the password (--password, REELBASE_DB_PASSWORD or ~/.pgpass) and ask your "
                                + "administrator whether your role may log in.", error);
            case "3D000":
                return new ReelbaseException("The database named in " + target + " does not exist on that server.",
                        "Check the database name at the end of the JDBC URL, or ask your administrator to create it.",
                        error);
            case "42501":
                return new ReelbaseException("'" + user + "' may not do that in " + target + ": " + detail,
                        "Ask your administrator for the needed rights.", error);
            default:
                return new ReelbaseException("Could not open the database " + target + ": " + detail,
                        "Check the connection settings; the log has the details.", error);
        }
    }

    /**
     * True when the server refused a login for want of the right password (or of any: a server that asks for one
     * when none was given), so the person can be asked for it.
     */
    public static boolean isLoginRefused(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException e && ("28P01".equals(e.getSQLState()) || "28000".equals(e.getSQLState())
                    || String.valueOf(e.getMessage()).contains("no password was provided"))) {
                return true;
            }
        }
        return false;
    }

    /** True when the server could not be reached at all (down, no network, wrong port), as opposed to refusing. */
    public static boolean isUnreachable(Throwable error) {
        if (causeOfType(error, ConnectException.class).isPresent() || causeOfType(error, UnknownHostException.class).isPresent()) {
            return true;
        }
        return sqlCause(error).map(SQLException::getSQLState).orElse("").startsWith("08");
    }

    /** For failures of a statement on an open connection. */
    public static RuntimeException translate(RuntimeException error) {
        if (error instanceof ReelbaseException) {
            return error;
        }
        Optional<SQLException> sql = sqlCause(error);
        if (sql.isEmpty()) {
            return error;
        }
        String state = sql.get().getSQLState() == null ? "" : sql.get().getSQLState();
        String detail = sql.get().getMessage();
        // 08: connection failures; 57P: the server shut down or terminated us; 3D000: the database is gone.
        if (state.startsWith("08") || state.startsWith("57P") || state.equals("3D000")
                || sql.get() instanceof java.sql.SQLTransientConnectionException) {
            return new ReelbaseException("Lost the connection to the database: " + detail,
                    "Nothing was saved by the last action. Check the server or network and try again.", error);
        }
        RuntimeException ours = saidByReelbase(sql.get(), state, error);
        if (ours != null) {
            return ours;
        }
        return switch (state) {
            case "23505" -> new IllegalArgumentException("That would make a duplicate: " + detail, error);
            case "23514", "23502", "22001", "22P02" -> new IllegalArgumentException("Invalid value: " + detail, error);
            case "23503" -> new IllegalArgumentException("That refers to something that does not exist (any more): "
                    + detail, error);
            case "42501" -> Refusals.describe(sql.get(), error);
            default -> error;
        };
    }

    /**
     * What Reelbase's own functions and triggers raise (V13 onwards) carries what to do in its HINT: input they refuse
     * (a login name that is not one, a person there is not or already is) is wrong input; a legal hold is a refusal
     * with its way out. Permissions (42501) are {@link Refusals}'. Null for anything else.
     */
    private static RuntimeException saidByReelbase(SQLException sql, String state, RuntimeException error) {
        ServerErrorMessage said = sql instanceof PSQLException p ? p.getServerErrorMessage() : null;
        if (said == null || said.getHint() == null || said.getMessage() == null) {
            return null;
        }
        return switch (state) {
            case "22023", "42704", "42710", "23505" -> new IllegalArgumentException(said.getMessage() + " " + said.getHint(), error);
            case "55006" -> new ReelbaseException(said.getMessage(), said.getHint(), error);
            default -> null;
        };
    }
}

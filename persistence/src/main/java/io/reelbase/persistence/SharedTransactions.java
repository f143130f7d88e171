package io.reelbase.persistence;

import io.reelbase.core.UnitOfWork;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Savepoint;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;

/**
 * The pool as the repositories see it: outside a unit of work each borrower gets its own connection and
 * transaction; inside one (on the same thread) every borrower gets the unit's connection, and each part's own
 * transaction becomes a savepoint in the unit's: a part that fails is undone alone (and its error goes to the code
 * that called it, which may handle it and go on); nothing is committed until the unit ends, and an error out of
 * the unit rolls all of it back.
 */
public final class SharedTransactions implements DataSource, UnitOfWork {
    private final DataSource pool;
    private final ThreadLocal<Unit> current = new ThreadLocal<>();

    /** The unit's connection, its parts' savepoints (innermost last) and how its parts see the connection. */
    private static final class Unit {
        final Connection connection;
        final Deque<Savepoint> parts = new ArrayDeque<>();
        final Connection shared;

        Unit(Connection connection) {
            this.connection = connection;
            this.shared = shared(this);
        }
    }

    public SharedTransactions(DataSource pool) {
        this.pool = pool;
    }

    @Override
    public <T> T inOne(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            current.set(new Unit(c));
            try {
                T result = work.get();
                if (c.unwrap(BaseConnection.class).getTransactionState() == TransactionState.FAILED) {
                    throw new IllegalStateException("a statement of this unit of work failed outside any part of it; none of it was kept");
                }
                c.commit();
                return result;
            } catch (RuntimeException | Error e) {
                try {
                    c.rollback();
                } catch (SQLException lost) {
                    e.addSuppressed(lost);
                }
                throw e;
            } finally {
                current.remove(); // the pool puts auto-commit back as it takes the connection back
            }
        } catch (SQLException e) {
            throw DatabaseErrors.translate(new IllegalStateException(e));
        }
    }

    /**
     * Runs {@code work} on a connection and transaction of its own even inside a unit: a record that must outlive the
     * unit's rollback (the audit trail's note of a refused write).
     */
    public void apart(Runnable work) {
        Unit unit = current.get();
        current.remove();
        try {
            work.run();
        } finally {
            if (unit != null) {
                current.set(unit);
            }
        }
    }

    /**
     * The unit's connection as its parts see it: it looks like a fresh connection from the pool (auto-commit on), so a
     * part that begins a transaction (auto-commit off) gets a savepoint, its commit releases it, its rollback goes back
     * to it; closing is the unit's to do.
     */
    private static Connection shared(Unit unit) {
        Connection c = unit.connection;
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "getAutoCommit":
                            return unit.parts.isEmpty();
                        case "setAutoCommit":
                            if (!(Boolean) args[0]) {
                                unit.parts.push(c.setSavepoint());
                            } else if (!unit.parts.isEmpty()) {
                                c.releaseSavepoint(unit.parts.pop()); // auto-commit on again: the part's end
                            }
                            return null;
                        case "commit":
                            if (!unit.parts.isEmpty()) {
                                c.releaseSavepoint(unit.parts.pop());
                            }
                            return null;
                        case "rollback":
                            if (args != null) {
                                break; // to a savepoint of the part's own
                            }
                            if (unit.parts.isEmpty()) {
                                throw new SQLException("Cannot rollback when autoCommit is enabled.");
                            }
                            Savepoint part = unit.parts.pop();
                            c.rollback(part);
                            c.releaseSavepoint(part);
                            return null;
                        case "close":
                            return null;
                        case "isClosed":
                            return false;
                        default:
                            break;
                    }
                    try {
                        return method.invoke(c, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Override
    public Connection getConnection() throws SQLException {
        Unit unit = current.get();
        return unit != null ? unit.shared : pool.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("the pool's own login is used");
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return pool.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return iface.isInstance(this) ? iface.cast(this) : pool.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || pool.isWrapperFor(iface);
    }
}

package io.reelbase.persistence;

import io.reelbase.core.UnitOfWork;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The pool as the repositories see it: outside a unit of work each borrower gets its own connection and
 * transaction; inside one (on the same thread) every borrower gets the unit's connection, whose commit, rollback,
 * auto-commit switch and close are the unit's to do. A part that rolls back marks the whole unit to roll back.
 */
public final class SharedTransactions implements DataSource, UnitOfWork {
    private final DataSource pool;
    private final ThreadLocal<Unit> current = new ThreadLocal<>();

    private static final class Unit {
        final Connection connection;
        final Connection shared;
        boolean failed;

        Unit(Connection connection, Connection shared) {
            this.connection = connection;
            this.shared = shared;
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
            Unit unit = new Unit(c, shared(c));
            current.set(unit);
            try {
                T result = work.get();
                if (unit.failed) {
                    throw new IllegalStateException("a part of this unit of work failed; none of it was kept");
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

    /** The unit's connection as its parts see it: their transaction boundaries are the unit's. */
    private Connection shared(Connection c) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "close", "commit", "setAutoCommit":
                            return null;
                        case "rollback":
                            if (args == null) {
                                current.get().failed = true;
                                return null;
                            }
                            break; // to a savepoint: the part's own business
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

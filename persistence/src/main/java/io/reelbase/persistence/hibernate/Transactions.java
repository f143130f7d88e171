package io.reelbase.persistence.hibernate;

import io.reelbase.persistence.DatabaseErrors;
import java.sql.PreparedStatement;
import java.util.function.Function;
import org.hibernate.Session;
import org.hibernate.SessionFactory;

/**
 * Runs units of work in a Hibernate session and transaction, naming the person the work is
 * done for ({@code reelbase.actor}, read by the audit triggers), and translating database errors.
 */
public final class Transactions {
    private final SessionFactory sessionFactory;
    private final javax.sql.DataSource dataSource;

    public Transactions(SessionFactory sessionFactory, javax.sql.DataSource dataSource) {
        this.sessionFactory = sessionFactory;
        this.dataSource = dataSource;
    }

    public <T> T write(String actor, Function<Session, T> work) {
        try {
            return sessionFactory.fromTransaction(session -> {
                if (actor != null && !actor.isBlank()) {
                    session.doWork(connection -> {
                        try (PreparedStatement st = connection.prepareStatement(
                                "select set_config('reelbase.actor', ?, true)")) {
                            st.setString(1, actor);
                            st.execute();
                        }
                    });
                }
                return work.apply(session);
            });
        } catch (RuntimeException e) {
            Runnable record = () -> Denials.recordIfRefused(sessionFactory, actor, e);
            if (dataSource instanceof io.reelbase.persistence.SharedTransactions units) {
                units.apart(record); // the refused unit rolls back; its refusal's record stays
            } else {
                record.run();
            }
            throw DatabaseErrors.translate(e);
        }
    }

    public <T> T read(Function<Session, T> work) {
        try {
            return sessionFactory.fromTransaction(session -> {
                session.setDefaultReadOnly(true);
                return work.apply(session);
            });
        } catch (RuntimeException e) {
            throw DatabaseErrors.translate(e);
        }
    }
}

package io.reelbase.persistence.queue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens for the queue's NOTIFY messages on one connection and calls back, at most every
 * {@code quietMillis}, with the number of changes since the last call: screens update when something
 * changed, without polling the tables. Reconnects after a lost connection.
 */
public final class JobNotifications implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(JobNotifications.class);
    private final ExecutorService thread = Executors.newSingleThreadExecutor();
    private final AtomicBoolean closed = new AtomicBoolean();

    public JobNotifications(DataSource ds, long quietMillis, java.util.function.IntConsumer onChanges) {
        thread.submit(() -> {
            while (!closed.get()) {
                try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
                    st.execute("listen " + JdbcJobQueue.CHANNEL);
                    PGConnection pg = c.unwrap(PGConnection.class);
                    while (!closed.get()) {
                        PGNotification[] first = pg.getNotifications(1000);
                        if (first == null || first.length == 0) {
                            continue;
                        }
                        int count = first.length;
                        long until = System.currentTimeMillis() + quietMillis;
                        PGNotification[] more;
                        while (System.currentTimeMillis() < until
                                && (more = pg.getNotifications((int) Math.max(1, until - System.currentTimeMillis()))) != null) {
                            count += more.length;
                        }
                        onChanges.accept(count);
                    }
                } catch (SQLException | RuntimeException e) {
                    if (!closed.get()) {
                        LOG.warn("Lost the job notifications; listening again in 5 s", e);
                        try {
                            Thread.sleep(5000);
                        } catch (InterruptedException ie) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                    }
                }
            }
        });
    }

    @Override
    public void close() {
        closed.set(true);
        thread.shutdownNow();
    }
}

package io.reelbase.persistence.queue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens for one channel's NOTIFY messages on a connection of its own and hands over their payloads in
 * batches: the first message, and whatever follows it within {@code quietMillis}. Reconnects after a lost
 * connection (five seconds later).
 */
public final class ChannelListener implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ChannelListener.class);
    private final ExecutorService thread = Executors.newSingleThreadExecutor();
    private final AtomicBoolean closed = new AtomicBoolean();

    public ChannelListener(DataSource ds, String channel, long quietMillis, Consumer<List<String>> onMessages) {
        thread.submit(() -> {
            while (!closed.get()) {
                try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
                    st.execute("listen " + channel);
                    PGConnection pg = c.unwrap(PGConnection.class);
                    while (!closed.get()) {
                        List<String> batch = payloads(pg.getNotifications(1000));
                        if (batch.isEmpty()) {
                            continue;
                        }
                        long until = System.currentTimeMillis() + quietMillis;
                        while (System.currentTimeMillis() < until) {
                            var more = pg.getNotifications((int) Math.max(1, until - System.currentTimeMillis()));
                            if (more == null) {
                                break;
                            }
                            batch.addAll(payloads(more));
                        }
                        onMessages.accept(batch);
                    }
                } catch (SQLException | RuntimeException e) {
                    if (ds instanceof com.zaxxer.hikari.HikariDataSource pool && pool.isClosed()) {
                        return;  // the catalogue was closed: nothing to listen to any more
                    }
                    if (!closed.get() && !pause(channel, e)) {
                        return;
                    }
                }
            }
        });
    }

    private static List<String> payloads(org.postgresql.PGNotification[] n) {
        return n == null ? new ArrayList<>() : new ArrayList<>(Arrays.stream(n).map(x -> x.getParameter()).toList());
    }

    private static boolean pause(String channel, Exception e) {
        LOG.warn("Lost the notifications on {}; listening again in 5 s", channel, e);
        try {
            Thread.sleep(5000);
            return true;
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        closed.set(true);
        thread.shutdownNow();
    }
}

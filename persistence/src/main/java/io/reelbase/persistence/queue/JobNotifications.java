package io.reelbase.persistence.queue;

import javax.sql.DataSource;

/**
 * Listens for the queue's NOTIFY messages and calls back, at most every {@code quietMillis}, with the number
 * of changes since the last call: screens update when something changed, without polling the tables.
 */
public final class JobNotifications implements AutoCloseable {
    private final ChannelListener listener;

    public JobNotifications(DataSource ds, long quietMillis, java.util.function.IntConsumer onChanges) {
        this.listener = new ChannelListener(ds, JdbcJobQueue.CHANNEL, quietMillis, batch -> onChanges.accept(batch.size()));
    }

    @Override
    public void close() {
        listener.close();
    }
}

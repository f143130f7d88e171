package io.reelbase.persistence;

import java.nio.file.Path;

/** Run in a child JVM by {@link EmbeddedServerIT}: starts the embedded server, says READY, waits to be killed. */
public final class EmbeddedServerChild {
    private EmbeddedServerChild() {
    }

    public static void main(String[] args) throws InterruptedException {
        EmbeddedServer server = EmbeddedServer.start(Path.of(args[0]), false);
        TestDatabases.execute(server.jdbcUrl(), server.user(), null,
                "create table if not exists crash_probe (note text); insert into crash_probe values ('before the crash')");
        System.out.println("READY " + server.port());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}

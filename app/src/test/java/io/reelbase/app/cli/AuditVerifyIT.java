package io.reelbase.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelbase.core.asset.Asset;
import io.reelbase.core.asset.AssetChanges;
import io.reelbase.core.asset.AssetType;
import io.reelbase.core.asset.NewAsset;
import io.reelbase.core.asset.VersionOrigin;
import io.reelbase.persistence.Database;
import io.reelbase.persistence.DatabaseSettings;
import io.reelbase.persistence.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code reelbase audit verify} passes on an untouched trail and names every row a superuser changed, removed or
 * slipped in with the triggers off, by its id.
 */
class AuditVerifyIT {

    @Test
    void anUntouchedTrailVerifiesAndEveryTamperedRowIsNamed() throws Exception {
        DatabaseSettings s = TestDatabases.fresh();
        List<Long> ids = new ArrayList<>();
        try (Database db = Database.open(s)) {
            var assets = db.repositories().assets();
            for (String title : List.of("Glacier", "Moraine", "Fjord")) {
                Asset a = assets.create(NewAsset.of(title, AssetType.IMAGE), "ann");
                assets.update(a.id(), a.version(), AssetChanges.none().title(title + ", edited"), VersionOrigin.EDIT, null, "bob");
            }
            try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("select id from action_record order by id")) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        assertThat(ids).hasSizeGreaterThanOrEqualTo(6);
        CliRun cli = new CliRun();
        String url = s.jdbcUrl();
        assertThat(cli.run("--db", url, "--user", s.user(), "audit", "verify")).as(cli.err.toString()).isZero();
        assertThat(cli.out.toString()).contains("The audit trail is intact: " + ids.size() + " rows in 1 chain(s).", "last row " + ids.get(ids.size() - 1));

        long changed = ids.get(1);
        long removed = ids.get(3);
        long last = ids.get(ids.size() - 1);
        // A superuser with the triggers off: one row's actor rewritten, one row and the last row deleted, one row
        // slipped in without a hash, one with a made-up hash at another row's place in the chain.
        TestDatabases.execute(url, s.user(), s.password(), "set session_replication_role = replica;"
                + " update action_record set actor = 'nobody' where id = " + changed + ";"
                + " delete from action_record where id in (" + removed + ", " + last + ");"
                + " insert into action_record (id, action_type, actor) values (9001, 'SYNC', 'mallory');"
                + " insert into action_record (id, action_type, actor, prev_id, row_hash) select 9002, 'SYNC', 'mallory', prev_id,"
                + " sha256('forged') from action_record where id = " + ids.get(2));

        assertThat(cli.run("--db", url, "--user", s.user(), "audit", "verify")).isEqualTo(1);
        assertThat(cli.out.toString()).contains(
                "row " + changed + ": changed after it was written",
                "row " + removed + ": removed (row " + ids.get(4) + " came after it)",
                "row " + last + ": removed (it was the last row of ",
                "row 9001: inserted past the audit triggers",
                "row 9002: inserted out of order (it shares its place in the chain with row " + ids.get(2) + ")",
                "The audit trail was tampered with");
        assertThat(cli.out.toString()).doesNotContain("row " + ids.get(0) + ":", "row " + ids.get(2) + ":", "row " + ids.get(4) + ":");

        // Only those who may read the trail may check it: an editor is told so.
        String editor = "av_" + java.util.UUID.randomUUID().toString().substring(0, 6);
        TestDatabases.execute(url, s.user(), s.password(), "create role " + editor + " login in role reelbase_editor");
        String personUrl = TestDatabases.personUrl(s);
        assertThat(cli.run("--db", personUrl, "--user", editor, "audit", "verify")).isEqualTo(1);
        assertThat(cli.err.toString()).contains("Your role may not do that with the audit trail");
        TestDatabases.dropWhileInUse(s);
        TestDatabases.dropRole(s, editor);
    }
}

package io.reelbase.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelbase.core.asset.Asset;
import io.reelbase.core.asset.AssetChanges;
import io.reelbase.core.asset.AssetFilter;
import io.reelbase.core.asset.AssetType;
import io.reelbase.core.asset.NewAsset;
import io.reelbase.core.asset.VersionOrigin;
import io.reelbase.core.user.AppRole;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * SQL in every text a person types reaches the database as data: titles, descriptions, tags, custom field names and
 * values, searches, display names and passwords are stored and found as typed, and the tables are all still there.
 */
class HostileInputIT {
    private static final String SQL = "x'); drop table asset; -- \" \\ $$ ; select pg_sleep(5) --";

    @Test
    void typedSqlIsStoredAndFoundAsTypedAndRunsNowhere() throws Exception {
        DatabaseSettings s = TestDatabases.fresh();
        try (Database db = Database.open(s)) {
            var assets = db.repositories().assets();
            Asset a = assets.create(NewAsset.of(SQL, AssetType.IMAGE), "ann");
            a = assets.update(a.id(), a.version(), AssetChanges.none().description(SQL).tags(List.of(SQL, "coast"))
                    .customFields(Map.of(SQL, SQL)), VersionOrigin.EDIT, null, SQL);
            Asset back = assets.find(a.id()).orElseThrow();
            assertThat(back.title()).isEqualTo(SQL);
            assertThat(back.description()).isEqualTo(SQL);
            assertThat(back.customFields()).containsEntry(SQL, SQL);
            assertThat(assets.page(AssetFilter.of(Optional.empty(), Optional.empty(), SQL), Optional.empty(), 10).items())
                    .as("a search for it finds it, and runs nothing").extracting(Asset::id).contains(a.id());
            assertThat(assets.page(AssetFilter.ALL.with(io.reelbase.core.asset.Facet.TAG, SQL), Optional.empty(), 10).items())
                    .extracting(Asset::id).containsExactly(a.id());

            String login = "hi_" + java.util.UUID.randomUUID().toString().substring(0, 6);
            String password = "p'a\"s;s -- $$ w\\rd";
            db.people().add(login, SQL, AppRole.VIEWER, password.toCharArray());
            assertThat(db.people().list()).anySatisfy(p -> {
                assertThat(p.login()).isEqualTo(login);
                assertThat(p.displayName()).isEqualTo(SQL);
            });
            String url = TestDatabases.personUrl(s);
            try (Connection c = DriverManager.getConnection(url, login, password)) {
                assertThat(c.getMetaData().getUserName()).isEqualTo(login);
            }
            assertThat(db.repositories().assets().count()).as("the asset table is still there").isEqualTo(1);
            TestDatabases.dropWhileInUse(s);
            TestDatabases.dropRole(s, login);
        }
    }
}

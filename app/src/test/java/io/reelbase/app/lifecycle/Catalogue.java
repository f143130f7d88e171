package io.reelbase.app.lifecycle;

import io.reelbase.core.Progress;
import io.reelbase.core.asset.AssetType;
import io.reelbase.core.asset.NewAsset;
import io.reelbase.core.asset.ReviewStatus;
import io.reelbase.core.asset.SourceSystem;
import io.reelbase.core.asset.StorageTier;
import io.reelbase.core.lifecycle.LifecycleRunner;
import io.reelbase.core.lifecycle.StepWatch;
import io.reelbase.core.storage.StorageRoot;
import io.reelbase.media.hash.Sha256Hasher;
import io.reelbase.persistence.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/** A real catalogue for lifecycle tests: assets with real files of their own, of a chosen kind and age. */
public final class Catalogue {
    public final Database db;
    private final Random random = new Random(42);

    public Catalogue(Database db) {
        this.db = db;
    }

    /** An asset whose original is a file of {@code size} distinct bytes in {@code dir}, processed, ingested {@code ageDays} ago. */
    public UUID asset(Path dir, String title, AssetType type, SourceSystem source, ReviewStatus review, int ageDays, int size) throws Exception {
        byte[] bytes = new byte[size];
        random.nextBytes(bytes);
        Path file = Files.write(Files.createDirectories(dir).resolve(title.replace(' ', '_') + ".bin"), bytes);
        String sha = new Sha256Hasher().sha256(file, Progress.NONE);
        UUID id = db.repositories().assets().create(NewAsset.of(title, type).withSource(source, file.toString())
                .withFile(sha, size, file.getFileName().toString(), "application/octet-stream"), "test").id();
        db.repositories().media().addLocation(id, "ORIGINAL", file, size, sha, true);
        sql("update asset set status = 'PROCESSED', review_status = ?, created_at = now() - make_interval(days => ?) where id = ?",
                review.name(), ageDays, id);
        return id;
    }

    public StorageRoot root(String name, Path dir, StorageTier tier) throws Exception {
        return db.storageRoots().add(name, Files.createDirectories(dir), tier, null);
    }

    public LifecycleRunner runner(StepWatch watch) {
        return new LifecycleRunner(db.lifecyclePlans(), db.lifecycleSteps(), db.storageRoots(), db.repositories().assets(),
                db.repositories().assets(), new Sha256Hasher(), "test", watch);
    }

    public void sql(String sql, Object... args) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                st.setObject(i + 1, args[i]);
            }
            st.execute();
        }
    }

    public List<String> rows(String sql, Object... args) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                st.setObject(i + 1, args[i]);
            }
            List<String> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= n; i++) {
                        row.append(i > 1 ? "|" : "").append(rs.getString(i));
                    }
                    out.add(row.toString());
                }
            }
            return out;
        }
    }

    public String one(String sql, Object... args) throws SQLException {
        List<String> r = rows(sql, args);
        return r.isEmpty() ? null : r.get(0);
    }
}

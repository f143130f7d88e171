package io.reelbase.persistence.hibernate;

import io.reelbase.core.asset.AssetRepository;
import io.reelbase.core.audit.AuditTrail;
import io.reelbase.core.collection.CollectionRepository;
import io.reelbase.core.ingest.IngestSourceRepository;
import io.reelbase.core.media.AssetMedia;
import io.reelbase.core.user.UserRepository;
import io.reelbase.core.workflow.WorkflowRepository;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;

/**
 * The repositories over one Hibernate session factory. Hibernate only validates the schema that
 * Flyway made ({@code hbm2ddl=validate}): a mismatch stops the start with a message naming it.
 */
public final class Repositories implements AutoCloseable {
    static final List<Class<?>> ENTITIES = List.of(
            AppUserEntity.class, AssetEntity.class, AssetVersionEntity.class, TechnicalMetadataEntity.class,
            StorageLocationEntity.class, DerivativeEntity.class, GraphNodeEntity.class, AssetGraphNodeEntity.class,
            GraphRelationshipEntity.class, CollectionEntity.class, CollectionAssetEntity.class, SavedSearchEntity.class,
            WorkflowEntity.class, IngestSourceEntity.class, ProcessingJobEntity.class, JobEventEntity.class,
            ActionRecordEntity.class);

    private final SessionFactory sessionFactory;
    private final AssetRepository assets;
    private final WorkflowRepository workflows;
    private final UserRepository users;
    private final CollectionRepository collections;
    private final IngestSourceRepository ingestSources;
    private final AuditTrail audit;
    private final AssetMedia media;
    private final io.reelbase.core.asset.SavedSearchRepository savedSearches;

    private Repositories(SessionFactory sessionFactory, DataSource dataSource) {
        this.sessionFactory = sessionFactory;
        Transactions tx = new Transactions(sessionFactory, dataSource);
        this.assets = new HibernateAssetRepository(tx);
        this.workflows = new HibernateWorkflowRepository(tx);
        this.users = new HibernateUserRepository(tx);
        this.collections = new HibernateCollectionRepository(tx);
        this.ingestSources = new HibernateIngestSourceRepository(tx);
        this.audit = new HibernateAuditTrail(tx);
        this.media = new HibernateAssetMedia(tx);
        this.savedSearches = new HibernateSavedSearchRepository(tx);
    }

    /** Starts Hibernate on a migrated database. */
    public static Repositories start(DataSource dataSource) {
        Configuration cfg = new Configuration();
        ENTITIES.forEach(cfg::addAnnotatedClass);
        Map<String, Object> props = Map.of(
                AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource,
                AvailableSettings.HBM2DDL_AUTO, "validate",
                // action_record is partitioned; the validator must see it as a table.
                AvailableSettings.EXTRA_PHYSICAL_TABLE_TYPES, "PARTITIONED TABLE",
                AvailableSettings.JDBC_TIME_ZONE, "UTC",
                AvailableSettings.STATEMENT_BATCH_SIZE, 50,
                AvailableSettings.ORDER_INSERTS, true,
                AvailableSettings.SHOW_SQL, false);
        props.forEach((k, v) -> cfg.getProperties().put(k, v));
        return new Repositories(cfg.buildSessionFactory(), dataSource);
    }

    public AssetRepository assets() {
        return assets;
    }

    public WorkflowRepository workflows() {
        return workflows;
    }

    public UserRepository users() {
        return users;
    }

    public CollectionRepository collections() {
        return collections;
    }

    public IngestSourceRepository ingestSources() {
        return ingestSources;
    }

    public AuditTrail audit() {
        return audit;
    }

    public AssetMedia media() {
        return media;
    }

    public io.reelbase.core.asset.SavedSearchRepository savedSearches() {
        return savedSearches;
    }

    @Override
    public void close() {
        sessionFactory.close();
    }
}

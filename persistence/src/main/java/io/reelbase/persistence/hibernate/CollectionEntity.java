package io.reelbase.persistence.hibernate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

@Entity
@Table(name = "collection")
class CollectionEntity extends TimestampedEntity {
    @Id
    UUID id;
    String name;
    String description;
    @Column(name = "owner_id")
    UUID ownerId;
    boolean offline;
}

package io.reelbase.persistence.hibernate;

import io.reelbase.core.workflow.Capability;
import io.reelbase.core.workflow.RoutingCondition;
import io.reelbase.core.workflow.Workflow;
import io.reelbase.core.workflow.WorkflowRepository;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Workflow definitions in PostgreSQL; routing conditions are stored as {@code [{"field","op","value"}]}. */
public final class HibernateWorkflowRepository implements WorkflowRepository {
    private final Transactions tx;

    public HibernateWorkflowRepository(Transactions tx) {
        this.tx = tx;
    }

    @Override
    public List<Workflow> all() {
        return tx.read(s -> s.createSelectionQuery("from WorkflowEntity order by priority, lower(name)", WorkflowEntity.class)
                .getResultList().stream().map(HibernateWorkflowRepository::toRecord).toList());
    }

    @Override
    public Optional<Workflow> find(UUID id) {
        return tx.read(s -> Optional.ofNullable(s.find(WorkflowEntity.class, id)).map(HibernateWorkflowRepository::toRecord));
    }

    @Override
    public Optional<Workflow> findByName(String name) {
        return tx.read(s -> s.createSelectionQuery("from WorkflowEntity where lower(name) = lower(:n)", WorkflowEntity.class)
                .setParameter("n", name.strip()).uniqueResultOptional().map(HibernateWorkflowRepository::toRecord));
    }

    @Override
    public Optional<Workflow> defaultWorkflow() {
        return tx.read(s -> s.createSelectionQuery("from WorkflowEntity where isDefault", WorkflowEntity.class)
                .uniqueResultOptional().map(HibernateWorkflowRepository::toRecord));
    }

    @Override
    public Workflow save(Workflow w) {
        return tx.write(null, s -> {
            WorkflowEntity e = w.id() == null ? new WorkflowEntity() : s.find(WorkflowEntity.class, w.id());
            if (e == null) {
                throw new IllegalArgumentException("Workflow " + w.id() + " no longer exists.");
            }
            boolean isNew = e.id == null;
            if (isNew) {
                e.id = UUID.randomUUID();
            }
            e.name = w.name();
            e.description = w.description();
            e.capabilities = new ArrayList<>(w.capabilities().stream().map(Enum::name).toList());
            e.routingConditions = new ArrayList<>(w.routing().stream().map(HibernateWorkflowRepository::toJson).toList());
            e.priority = w.priority();
            e.isDefault = w.isDefault();
            e.active = w.active();
            if (isNew) {
                s.persist(e);
            }
            s.flush();
            return toRecord(e);
        });
    }

    @Override
    public void makeDefault(UUID id) {
        tx.write(null, s -> {
            WorkflowEntity target = s.find(WorkflowEntity.class, id);
            if (target == null) {
                throw new IllegalArgumentException("Workflow " + id + " no longer exists.");
            }
            if (!target.active) {
                throw new IllegalArgumentException("Workflow '" + target.name + "' is inactive; activate it before making it the default.");
            }
            s.createMutationQuery("update WorkflowEntity set isDefault = false where isDefault and id <> :id")
                    .setParameter("id", id).executeUpdate();
            target.isDefault = true;
            return null;
        });
    }

    private static Map<String, Object> toJson(RoutingCondition c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("field", c.field());
        m.put("op", c.op().name().toLowerCase(Locale.ROOT));
        m.put("value", c.value());
        return m;
    }

    static Workflow toRecord(WorkflowEntity e) {
        List<Capability> caps = e.capabilities.stream().map(Capability::valueOf).toList();
        List<RoutingCondition> routing = e.routingConditions.stream()
                .map(m -> new RoutingCondition(String.valueOf(m.get("field")),
                        RoutingCondition.Operator.valueOf(String.valueOf(m.get("op")).toUpperCase(Locale.ROOT)),
                        String.valueOf(m.get("value"))))
                .toList();
        return new Workflow(e.id, e.name, e.description, caps, routing, e.priority, e.isDefault, e.active, e.updatedAt);
    }
}

package ru.opora.ledger;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.boot.internal.EnversService;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.Type;
import ru.opora.municipality.Municipality;
import ru.opora.region.Region;
import ru.opora.school.School;

/**
 * What the ledger knows of an entity, read from the Hibernate and Envers metamodel once per entity: whether Envers
 * audits it (only those are in the ledger, so every entity made @Audited, by any feature, is covered without a list
 * here), its kind (the table name in kebab case: school, roadmap-item), its area, its audited properties, and how to
 * find the organisation it belongs to: a property that is a region, municipality or school; a numeric regionId,
 * municipalityId or schoolId (also in a composite id); or else the organisation of an audited parent it refers to.
 */
final class EntityModel {

    private static final Map<String, EntityModel> MODELS = new ConcurrentHashMap<>();
    /** Entities Envers does not audit. */
    private static final EntityModel NONE = new EntityModel();

    final String kind;
    final Area area;
    final Class<?> type;
    final String[] names;
    final Type[] types;
    /** The audited properties, by index. */
    final boolean[] audited;
    /** Properties that are an organisation, most specific first. */
    final List<Integer> organisations = new ArrayList<>();
    /** Numeric properties named schoolId, municipalityId, regionId: index → depth (3, 2, 1). */
    final Map<Integer, Integer> organisationIds = new java.util.HashMap<>();
    /** Properties that are another audited entity, whose organisation is this one's. */
    final List<Integer> parents = new ArrayList<>();

    private EntityModel() {
        kind = null;
        area = null;
        type = null;
        names = null;
        types = null;
        audited = null;
    }

    private EntityModel(EntityPersister persister, EnversService envers, String table) {
        this.type = persister.getMappedClass();
        this.kind = table.toLowerCase(Locale.ROOT).replace('_', '-');
        this.area = Area.of(type);
        this.names = persister.getPropertyNames();
        this.types = persister.getPropertyTypes();
        this.audited = new boolean[names.length];
        int version = persister.getVersionPropertyIndex();
        for (int i = 0; i < names.length; i++) {
            Field field = field(type, names[i]);
            audited[i] = i != version && !types[i].isCollectionType()
                    && (field == null || !field.isAnnotationPresent(NotAudited.class));
            Class<?> returned = types[i].getReturnedClass();
            if (types[i].isEntityType()) {
                if (returned == School.class || returned == Municipality.class || returned == Region.class) {
                    organisations.add(i);
                } else if (returned != type && envers.getEntitiesConfigurations().isVersioned(returned.getName())) {
                    parents.add(i);
                }
            } else if (Number.class.isAssignableFrom(returned) || returned == long.class) {
                Integer depth = depth(names[i]);
                if (depth != null) {
                    organisationIds.put(i, depth);
                }
            }
        }
        organisations.sort((a, b) -> depth(types[b].getReturnedClass()) - depth(types[a].getReturnedClass()));
    }

    /** The model of the entity; null when Envers does not audit it. */
    static EntityModel of(EntityPersister persister) {
        EntityModel model = MODELS.computeIfAbsent(persister.getEntityName(), name -> {
            EnversService envers = persister.getFactory().getServiceRegistry().getService(EnversService.class);
            if (envers == null || !envers.isInitialized() || !envers.getEntitiesConfigurations().isVersioned(name)) {
                return NONE;
            }
            String table = persister.getTableName();
            return new EntityModel(persister, envers, table.contains(".") ? table.substring(table.lastIndexOf('.') + 1) : table);
        });
        return model == NONE ? null : model;
    }

    /** The kinds of every audited entity of the metamodel. */
    static List<String> kinds(org.hibernate.engine.spi.SessionFactoryImplementor factory) {
        List<String> kinds = new ArrayList<>();
        factory.getMappingMetamodel().forEachEntityDescriptor(persister -> {
            EntityModel model = of(persister);
            if (model != null) {
                kinds.add(model.kind);
            }
        });
        return kinds;
    }

    static int depth(Class<?> organisation) {
        return organisation == School.class ? 3 : organisation == Municipality.class ? 2 : 1;
    }

    static Integer depth(String propertyName) {
        return switch (propertyName) {
            case "schoolId" -> 3;
            case "municipalityId" -> 2;
            case "regionId" -> 1;
            default -> null;
        };
    }

    private static Field field(Class<?> type, String name) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // in a superclass
            }
        }
        return null;
    }
}

package ru.opora.ledger;

/**
 * The organisation an object belongs to, as far as it is known: a school, a municipality or a region (null: the
 * common catalogue, no organisation). Ids missing above the most specific one are completed when the entry is written.
 */
public record Owner(Long regionId, Long municipalityId, Long schoolId) {

    public static final Owner NONE = new Owner(null, null, null);

    public static Owner region(long id) {
        return new Owner(id, null, null);
    }

    public static Owner municipality(long id) {
        return new Owner(null, id, null);
    }

    public static Owner school(long id) {
        return new Owner(null, null, id);
    }

    public boolean known() {
        return regionId != null || municipalityId != null || schoolId != null;
    }

    /** 3 for a school, 2 for a municipality, 1 for a region, 0 for none. */
    int depth() {
        return schoolId != null ? 3 : municipalityId != null ? 2 : regionId != null ? 1 : 0;
    }
}

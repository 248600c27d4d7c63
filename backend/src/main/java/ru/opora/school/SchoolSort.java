package ru.opora.school;

import java.util.Arrays;
import java.util.List;

/** Orders of the school registry; the wire form is the field name, with «-» for descending. */
public enum SchoolSort {
    SHORT_NAME_ASC("shortName", "lower(s.short_name) asc"),
    SHORT_NAME_DESC("-shortName", "lower(s.short_name) desc"),
    MUNICIPALITY_ASC("municipality", "lower(m.name) asc, lower(s.short_name) asc"),
    MUNICIPALITY_DESC("-municipality", "lower(m.name) desc, lower(s.short_name) asc"),
    STUDENTS_ASC("studentsCount", "s.students_count asc"),
    STUDENTS_DESC("-studentsCount", "s.students_count desc"),
    CODE_ASC("code", "s.code asc"),
    CODE_DESC("-code", "s.code desc");

    private final String wire;
    private final String orderBy;

    SchoolSort(String wire, String orderBy) {
        this.wire = wire;
        this.orderBy = orderBy;
    }

    /** SQL order over {@code school s join municipality m}; the id at the end keeps pages stable when values repeat. */
    String orderBy() {
        return orderBy + ", s.id asc";
    }

    static SchoolSort parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return Arrays.stream(values()).filter(s -> s.wire.equals(raw.strip())).findFirst().orElse(null);
    }

    static List<String> allowed() {
        return Arrays.stream(values()).map(s -> s.wire).toList();
    }
}

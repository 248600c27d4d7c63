package ru.opora.school;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.opora.account.UserNames;

@Schema(name = "School", description = "Карточка школы с историей категорий")
public record SchoolView(
        long id,
        String code,
        String fullName,
        String shortName,
        String address,
        SettlementType settlementType,
        Set<EducationLevel> levels,
        int studentsCount,
        int teachersCount,
        MunicipalityRef municipality,
        RegionRef region,
        @Schema(description = "Вся история категорий, новые годы сначала") List<CategoryAssignmentView> categories,
        @Schema(description = "Версия записи для оптимистической блокировки") long version,
        Instant updatedAt,
        @Schema(description = "Логин того, кто последним изменил сведения") String updatedBy,
        @Schema(description = "Имя того, кто последним изменил сведения (логин, если имя неизвестно)") String updatedByName) {

    @Schema(name = "MunicipalityRef")
    public record MunicipalityRef(long id, String name, String oktmo) {
    }

    @Schema(name = "RegionRef")
    public record RegionRef(long id, String code, String name) {
    }

    static SchoolView of(School school, List<CategoryAssignmentView> categories, UserNames names) {
        var municipality = school.municipality;
        var region = municipality.region;
        return new SchoolView(school.id, school.code, school.fullName, school.shortName, school.address,
                school.settlementType, school.levels(), school.studentsCount, school.teachersCount,
                new MunicipalityRef(municipality.id, municipality.name, municipality.oktmo),
                new RegionRef(region.id, region.code, region.name), categories, school.version,
                school.updatedAt, school.updatedBy, names.of(school.updatedBy));
    }
}

package ru.opora.demo;

import java.util.List;
import java.util.Set;
import ru.opora.municipality.MunicipalityKind;
import ru.opora.school.ApprovingDocument;
import ru.opora.school.EducationLevel;
import ru.opora.school.SchoolCategory;
import ru.opora.school.SettlementType;

/** The shape of {@code demo/demo-data.json}: organisations by their external codes, never by database ids. */
record DemoData(List<DemoRegion> regions) {

    record DemoRegion(String code, String name, String authorityName, List<DemoMunicipality> municipalities) {
    }

    record DemoMunicipality(String oktmo, String name, MunicipalityKind kind, List<DemoSchool> schools) {
    }

    record DemoSchool(String code, String shortName, String fullName, String address, SettlementType settlementType,
                      Set<EducationLevel> levels, int studentsCount, int teachersCount,
                      List<DemoCategory> categories) {
    }

    record DemoCategory(int year, SchoolCategory category, ApprovingDocument document, String revocationReason) {
    }
}

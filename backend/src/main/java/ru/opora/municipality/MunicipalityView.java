package ru.opora.municipality;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Municipality", description = "Муниципальное образование")
public record MunicipalityView(
        long id,
        long regionId,
        @Schema(description = "Код ОКТМО", examples = "56651000") String oktmo,
        @Schema(examples = "Никольский район") String name,
        MunicipalityKind kind,
        @Schema(description = "Школ в реестре") int schoolCount,
        @Schema(description = "Версия записи для оптимистической блокировки") long version) {

    static MunicipalityView of(Municipality municipality, int schoolCount) {
        return new MunicipalityView(municipality.id, municipality.region.id, municipality.oktmo, municipality.name,
                municipality.kind, schoolCount, municipality.version);
    }
}

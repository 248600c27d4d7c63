package ru.opora.municipality;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import ru.opora.common.entity.Versions;
import ru.opora.common.error.ApiException;
import ru.opora.region.Region;
import ru.opora.region.RegionService;
import ru.opora.security.Caller;

@ApplicationScoped
public class MunicipalityService {

    private final MunicipalityRepository municipalities;
    private final RegionService regions;

    MunicipalityService(MunicipalityRepository municipalities, RegionService regions) {
        this.municipalities = municipalities;
        this.regions = regions;
    }

    @Transactional
    public List<MunicipalityView> list(Caller caller, long regionId) {
        regions.visible(caller, regionId);
        List<Municipality> visible = municipalities.ofRegion(regionId).stream().filter(caller::sees).toList();
        Map<Long, Integer> counts = municipalities.schoolCounts(visible.stream().map(m -> m.id).toList());
        return visible.stream().map(m -> MunicipalityView.of(m, counts.getOrDefault(m.id, 0))).toList();
    }

    @Transactional
    public MunicipalityView get(Caller caller, long municipalityId) {
        return view(visible(caller, municipalityId));
    }

    @Transactional
    public MunicipalityView create(Caller caller, long regionId, MunicipalityInput input) {
        Region region = regions.visible(caller, regionId);
        requireFreeOktmo(input.oktmo(), null);
        requireFreeName(regionId, input.name(), null);
        Municipality municipality = new Municipality();
        municipality.region = region;
        municipality.createdBy = caller.username();
        apply(municipality, input.oktmo(), input.name(), input.kind(), caller);
        municipalities.persist(municipality);
        municipalities.flush();
        return MunicipalityView.of(municipality, 0);
    }

    @Transactional
    public MunicipalityView update(Caller caller, long municipalityId, MunicipalityUpdate update) {
        Municipality municipality = visible(caller, municipalityId);
        Versions.require(update.version(), municipality.version, "version", "муниципалитета");
        requireFreeOktmo(update.oktmo(), municipality.id);
        requireFreeName(municipality.region.id, update.name(), municipality.id);
        apply(municipality, update.oktmo(), update.name(), update.kind(), caller);
        municipalities.flush();
        return view(municipality);
    }

    /** A municipality within the caller's scope; any other is reported as absent. */
    public Municipality visible(Caller caller, long municipalityId) {
        return municipalities.findByIdOptional(municipalityId)
                .filter(caller::sees)
                .orElseThrow(() -> ApiException.notFound("Муниципалитет " + municipalityId + " не найден."));
    }

    private MunicipalityView view(Municipality municipality) {
        return MunicipalityView.of(municipality,
                municipalities.schoolCounts(List.of(municipality.id)).getOrDefault(municipality.id, 0));
    }

    private void apply(Municipality municipality, String oktmo, String name, MunicipalityKind kind, Caller caller) {
        municipality.oktmo = oktmo;
        municipality.name = name.strip();
        municipality.kind = kind;
        municipality.updatedBy = caller.username();
    }

    private void requireFreeOktmo(String oktmo, Long exceptId) {
        municipalities.findByOktmo(oktmo).filter(other -> !other.id.equals(exceptId)).ifPresent(other -> {
            throw ApiException.conflict("Код ОКТМО " + oktmo + " уже принадлежит муниципалитету «" + other.name + "».");
        });
    }

    private void requireFreeName(long regionId, String name, Long exceptId) {
        if (municipalities.nameTaken(regionId, name.strip(), exceptId)) {
            throw ApiException.conflict("В регионе уже есть муниципалитет «" + name.strip() + "».");
        }
    }
}

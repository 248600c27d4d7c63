package ru.opora.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.opora.common.error.ApiException;
import ru.opora.common.web.FileNames;
import ru.opora.indicator.CollectionPeriod;
import ru.opora.indicator.ValueType;
import ru.opora.indicator.exchange.ImportJobView;
import ru.opora.indicator.exchange.ValueImportService;
import ru.opora.indicator.value.StoredValue;
import ru.opora.indicator.value.ValueStore;
import ru.opora.roadmap.transfer.RussianDates;
import ru.opora.security.Caller;
import ru.opora.security.Role;

/**
 * The XLSX template of a campaign for the organisations that collect it: download with the values stored now,
 * fill offline, upload as an all-or-nothing import job. A municipality gets and may fill the rows of its schools
 * only; the ministry, all of them.
 */
@ApplicationScoped
public class CampaignTemplateService {

    private final EntityManager em;
    private final CampaignService campaigns;
    private final FormFields formFields;
    private final ValueImportService imports;
    private final ValueStore store;

    CampaignTemplateService(EntityManager em, CampaignService campaigns, FormFields formFields, ValueImportService imports,
                            ValueStore store) {
        this.em = em;
        this.campaigns = campaigns;
        this.formFields = formFields;
        this.imports = imports;
        this.store = store;
    }

    public record Template(String fileName, byte[] content) {
    }

    @Transactional
    public Template download(Caller caller, long campaignId) {
        requireCollector(caller);
        Campaign campaign = campaigns.visible(caller, campaignId);
        Map<StoredValue.Key, TemplateWorkbook.Column> columns = columns(campaign);
        List<TemplateWorkbook.SchoolRow> rows = schools(caller, campaign, columns);
        String title = "Кампания «" + campaign.name + "», " + CollectionPeriod.parse(campaign.period).label() + ", срок — "
                + RussianDates.shortDate(campaign.deadline);
        // «Шаблон кампании «Самообследование школ за 2026 год».xlsx», not «shablon-kampanii-1-2026-H1.xlsx».
        return new Template(FileNames.stem("Шаблон кампании «" + campaign.name + "»", campaign.name.contains(
                Integer.toString(campaign.year)) ? null : CollectionPeriod.parse(campaign.period).label()) + ".xlsx",
                TemplateWorkbook.write(title, List.copyOf(columns.values()), rows));
    }

    /** The filled template as an import job; forms of the schools whose rows were loaded are accepted with it. */
    public ImportJobView upload(Caller caller, long campaignId, boolean dryRun, String fileName, InputStream body) {
        requireCollector(caller);
        Upload upload = prepare(caller, campaignId);
        return imports.importRows(caller, "TEMPLATE", "XLSX", campaignId, dryRun, fileName,
                sink -> TemplateWorkbook.read(body, upload.period(), upload.columns(), upload.schools(), sink));
    }

    private record Upload(String period, Map<String, TemplateWorkbook.Column> columns, Set<String> schools) {
    }

    // Reads only; no transaction is held while the upload streams in.
    private Upload prepare(Caller caller, long campaignId) {
        Campaign campaign = campaigns.visible(caller, campaignId);
        if (campaign.status != CampaignStatus.OPEN) {
            throw ApiException.conflict("Кампания «" + campaign.name + "» не открыта: загружать значения можно только в открытую кампанию.");
        }
        Set<String> schools = new HashSet<>();
        schools(caller, campaign, Map.of()).forEach(row -> schools.add(row.code()));
        Map<String, TemplateWorkbook.Column> byKey = new HashMap<>();
        columns(campaign).values().forEach(column -> byKey.put(column.key(), column));
        return new Upload(campaign.period, byKey, schools);
    }

    private static void requireCollector(Caller caller) {
        if (caller.role() == Role.SCHOOL) {
            throw ApiException.forbidden("Шаблон кампании заполняют министерство и муниципалитеты; школа заполняет свою форму.");
        }
    }

    /** Every field a person types, by the value it fills: computed shares are left out, they follow from their parts. */
    private Map<StoredValue.Key, TemplateWorkbook.Column> columns(Campaign campaign) {
        Map<StoredValue.Key, TemplateWorkbook.Column> columns = new LinkedHashMap<>();
        formFields.of(campaign).forEach((valueKey, field) -> {
            if (!field.indicator().computed()) {
                String label = field.indicator().name + (field.label().isEmpty() ? "" : " — " + field.label())
                        + (field.indicator().unit == null ? "" : ", " + field.indicator().unit);
                columns.put(valueKey, new TemplateWorkbook.Column(TemplateWorkbook.Column.key(field.indicator(), field.key()),
                        field.indicator(), field.key(), label));
            }
        });
        return columns;
    }

    private List<TemplateWorkbook.SchoolRow> schools(Caller caller, Campaign campaign,
                                                     Map<StoredValue.Key, TemplateWorkbook.Column> columns) {
        Query query = em.createNativeQuery("select s.id, s.code, s.short_name, m.name from campaign_form f"
                + " join school s on s.id = f.school_id join municipality m on m.id = f.municipality_id"
                + " where f.campaign_id = :campaign and " + CampaignAccess.formsSql(caller) + " order by m.name, s.short_name, s.id")
                .setParameter("campaign", campaign.id);
        if (caller.role() != Role.MINISTRY) {
            query.setParameter("org", CampaignAccess.scopeId(caller));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> found = query.getResultList();
        Map<Long, Map<String, Object>> values = columns.isEmpty() ? Map.of() : storedValues(campaign, columns, found);
        List<TemplateWorkbook.SchoolRow> rows = new ArrayList<>();
        for (Object[] school : found) {
            long id = ((Number) school[0]).longValue();
            rows.add(new TemplateWorkbook.SchoolRow((String) school[1], (String) school[2], (String) school[3],
                    values.getOrDefault(id, Map.of())));
        }
        return rows;
    }

    /** The values stored for the campaign's period, by school and column key, as the sheet shows them. */
    private Map<Long, Map<String, Object>> storedValues(Campaign campaign, Map<StoredValue.Key, TemplateWorkbook.Column> columns,
                                                        List<Object[]> schools) {
        List<Long> schoolIds = schools.stream().map(s -> ((Number) s[0]).longValue()).toList();
        if (schoolIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Map<String, Object>> values = new HashMap<>();
        for (ValueStore.SchoolValue value : store.readSchools(campaign.region.id, campaign.period, schoolIds,
                columns.keySet().stream().map(StoredValue.Key::indicatorId).distinct().toList())) {
            TemplateWorkbook.Column column = columns.get(value.key());
            if (column == null) {
                continue;
            }
            Object shown = column.indicator().valueType == ValueType.TEXT ? value.text()
                    : column.indicator().valueType == ValueType.BOOLEAN && value.number() != null
                    ? (value.number().signum() != 0 ? "да" : "нет") : value.number();
            if (shown != null) {
                values.computeIfAbsent(value.schoolId(), k -> new HashMap<>()).put(column.key(), shown);
            }
        }
        return values;
    }
}

package ru.opora.roadmap.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import ru.opora.common.error.ApiException;
import ru.opora.common.error.FieldError;
import ru.opora.config.OporaConfig;
import ru.opora.roadmap.DateWindow;
import ru.opora.roadmap.ItemInput;
import ru.opora.roadmap.Roadmap;
import ru.opora.roadmap.RoadmapItem;
import ru.opora.roadmap.RoadmapRepository;
import ru.opora.roadmap.RoadmapGuard;
import ru.opora.roadmap.RoadmapStructure;
import ru.opora.roadmap.SectionInput;
import ru.opora.security.Caller;

/**
 * Sections and items of a draft roadmap from a table laid out as in the seed documents: «№ п/п», «Мероприятие»,
 * «Сроки», «Ответственные», «Ожидаемый результат», with sections as rows of their own. A dry run reports every
 * row's problems and saves nothing; a commit saves everything in one transaction or nothing.
 */
@ApplicationScoped
public class RoadmapImportService {

    private static final Pattern NUMBER = Pattern.compile("[0-9A-Za-zА-Яа-я.\\-]+");
    private static final String DEFAULT_SECTION = "Мероприятия";

    private final RoadmapGuard guard;
    private final RoadmapStructure structure;
    private final RoadmapRepository repository;
    private final OporaConfig config;

    RoadmapImportService(RoadmapGuard guard, RoadmapStructure structure, RoadmapRepository repository, OporaConfig config) {
        this.guard = guard;
        this.structure = structure;
        this.repository = repository;
        this.config = config;
    }

    private record Columns(int number, int title, int timeframe, int executors, int expected) {
    }

    private record Planned(ImportRow row, String section, ItemInput item) {
    }

    @Transactional
    public ImportResult importItems(Caller caller, long roadmapId, byte[] content, boolean dryRun) {
        Roadmap roadmap = guard.editable(caller, roadmapId);
        if (content.length > config.uploads().maxFileBytes()) {
            throw new ApiException(413, "payload-too-large", "Слишком большой файл",
                    "Файл больше " + config.uploads().maxFileBytes() / (1024 * 1024) + " МБ.", null);
        }
        List<List<String>> table = TableReader.read(content);
        int headerIndex = -1;
        Columns columns = null;
        for (int i = 0; i < table.size() && columns == null; i++) {
            columns = columns(table.get(i));
            headerIndex = i;
        }
        if (columns == null) {
            throw ApiException.invalid("file", "не найдена строка заголовка с колонками «№ п/п», «Мероприятие», «Сроки», "
                    + "«Ответственные», «Ожидаемый результат»");
        }
        Set<String> numbers = new HashSet<>(repository.items(roadmap.id).stream().map(i -> i.number).toList());
        List<ImportRow> rows = new ArrayList<>();
        List<Planned> plan = new ArrayList<>();
        String section = null;
        for (int i = headerIndex + 1; i < table.size(); i++) {
            List<String> cells = table.get(i);
            int line = i + 1;
            List<String> filled = cells.stream().filter(Predicate.not(String::isBlank)).toList();
            if (filled.isEmpty()) {
                continue;
            }
            if (filled.size() == 1) {
                section = filled.get(0);
                List<String> errors = section.length() > 300 ? List.of("название блока длиннее 300 символов") : List.of();
                ImportRow row = new ImportRow(line, ImportRow.Kind.SECTION, null, section, null, errors, List.of());
                rows.add(row);
                plan.add(new Planned(row, section, null));
                continue;
            }
            List<String> errors = new ArrayList<>();
            List<String> warnings = new ArrayList<>();
            String number = cell(cells, columns.number()).replaceAll("\\.$", "");
            String title = cell(cells, columns.title());
            String timeframe = cell(cells, columns.timeframe());
            if (number.isEmpty()) {
                errors.add("нет номера мероприятия");
            } else if (number.length() > 20 || !NUMBER.matcher(number).matches()) {
                errors.add("номер «" + number + "»: буквы, цифры, точки и дефисы, не длиннее 20 символов");
            } else if (!numbers.add(number)) {
                errors.add("мероприятие с номером " + number + " уже есть");
            }
            if (title.isEmpty()) {
                errors.add("нет названия мероприятия");
            } else if (title.length() > 2000) {
                errors.add("название длиннее 2000 символов");
            }
            if (timeframe.isEmpty()) {
                errors.add("не указаны сроки");
            } else if (timeframe.length() > 300) {
                errors.add("сроки длиннее 300 символов");
            }
            TimeframeParser.Timeframe parsed = TimeframeParser.parse(timeframe, roadmap.yearFrom, roadmap.yearTo);
            if (!timeframe.isEmpty() && !parsed.understood()) {
                warnings.add("сроки «" + timeframe + "» не распознаны: мероприятие будет на весь период");
            }
            for (DateWindow window : parsed.windows()) {
                if (window.from().isBefore(roadmap.startsOn()) || window.to().isAfter(roadmap.endsOn())
                        || window.to().isBefore(window.from())) {
                    errors.add("сроки «" + timeframe + "» вне периода дорожной карты "
                            + Roadmap.years(roadmap.yearFrom, roadmap.yearTo));
                    break;
                }
            }
            String executors = cell(cells, columns.executors());
            String expected = cell(cells, columns.expected());
            if (executors.length() > 1000) {
                errors.add("ответственные длиннее 1000 символов");
            }
            if (expected.length() > 2000) {
                errors.add("ожидаемый результат длиннее 2000 символов");
            }
            if (section == null) {
                section = DEFAULT_SECTION;
                warnings.add("мероприятие до первого блока: будет в блоке «" + DEFAULT_SECTION + "»");
            }
            ImportRow row = new ImportRow(line, ImportRow.Kind.ITEM, number, title, timeframe, errors, warnings);
            rows.add(row);
            plan.add(new Planned(row, section, new ItemInput(null, number, title, timeframe.isEmpty() ? "—" : timeframe,
                    parsed.wholePeriod(), parsed.windows(), blankToNull(executors), List.of(), blankToNull(expected),
                    null, null, null, null, null)));
        }
        int errorCount = (int) rows.stream().filter(r -> !r.errors().isEmpty()).count();
        long items = plan.stream().filter(p -> p.item() != null).count();
        long sections = plan.stream().map(Planned::section).distinct().count();
        if (dryRun) {
            return new ImportResult(true, false, (int) sections, (int) items, errorCount, rows);
        }
        if (errorCount > 0) {
            List<FieldError> fieldErrors = rows.stream().filter(r -> !r.errors().isEmpty())
                    .map(r -> new FieldError("rows[" + r.row() + "]", String.join("; ", r.errors()))).toList();
            throw new ApiException(422, "validation", "Файл не прошёл проверку",
                    "Строк с ошибками: " + errorCount + ". Ничего не сохранено.", fieldErrors);
        }
        if (items == 0) {
            throw ApiException.invalid("file", "в файле нет ни одного мероприятия");
        }
        String currentTitle = null;
        long sectionId = 0;
        int createdSections = 0;
        for (Planned planned : plan) {
            if (!planned.section().equals(currentTitle)) {
                currentTitle = planned.section();
                sectionId = structure.addSection(caller, roadmap.id, new SectionInput(currentTitle, null, null)).id();
                createdSections++;
            }
            if (planned.item() != null) {
                ItemInput item = planned.item();
                structure.addItem(caller, roadmap.id, new ItemInput(sectionId, item.number(), item.title(), item.timeframe(),
                        item.wholePeriod(), item.windows(), item.executors(), item.executorOrganisations(),
                        item.expectedResult(), null, null, null, null, null));
            }
        }
        return new ImportResult(false, true, createdSections, (int) items, 0, rows);
    }

    private static Columns columns(List<String> header) {
        int number = -1;
        int title = -1;
        int timeframe = -1;
        int executors = -1;
        int expected = -1;
        for (int c = 0; c < header.size(); c++) {
            String h = header.get(c).toLowerCase(Locale.ROOT).replace('ё', 'е');
            if (number < 0 && (h.contains("№") || h.contains("п/п") || h.equals("номер"))) {
                number = c;
            } else if (title < 0 && h.contains("мероприят")) {
                title = c;
            } else if (timeframe < 0 && h.contains("срок")) {
                timeframe = c;
            } else if (executors < 0 && (h.contains("ответствен") || h.contains("исполнител"))) {
                executors = c;
            } else if (expected < 0 && (h.contains("ожидаем") || h.contains("результат"))) {
                expected = c;
            }
        }
        return number < 0 || title < 0 || timeframe < 0 ? null : new Columns(number, title, timeframe, executors, expected);
    }

    private static String cell(List<String> cells, int index) {
        return index < 0 || index >= cells.size() ? "" : cells.get(index).strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}

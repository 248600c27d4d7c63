package ru.opora.risk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import ru.opora.identification.Categories;
import ru.opora.security.Caller;

/**
 * The region's analytics as a workbook: categories by municipality and year, list changes, heat map, factor trends, the
 * movement of levels per municipality and factor with the region's totals.
 */
@ApplicationScoped
public class RiskAnalyticsExport {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final RiskAnalyticsService analytics;

    RiskAnalyticsExport(RiskAnalyticsService analytics) {
        this.analytics = analytics;
    }

    @Transactional
    public byte[] xlsx(Caller caller, String year) {
        RiskAnalyticsView a = analytics.analytics(caller, year);
        Map<Long, String> municipalities = a.municipalities().stream()
                .collect(Collectors.toMap(RiskAnalyticsView.Unit::id, RiskAnalyticsView.Unit::name));
        Map<Long, String> factors = a.factors().stream()
                .collect(Collectors.toMap(RiskAnalyticsView.Factor::id, RiskAnalyticsView.Factor::name));
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle header = book.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);

            List<List<Object>> rows = new ArrayList<>();
            for (RiskAnalyticsView.CategoryCount c : a.categories()) {
                rows.add(List.of(municipalities.get(c.municipalityId()), c.year(), Categories.single(c.category()), c.schools()));
            }
            sheet(book, header, "Категории", List.of("Муниципалитет", "Год", "Категория", "Школ"), rows, new int[] {34, 8, 34, 8});

            rows = new ArrayList<>();
            for (RiskAnalyticsView.ListChange c : a.listChanges()) {
                rows.add(List.of(c.year(), Categories.single(c.category()), c.listed(), c.entering(), c.staying(), c.added(),
                        c.excluded(), c.leaving()));
            }
            sheet(book, header, "Перечни", List.of("Год", "Категория", "В перечне", "Вошли", "Остались", "Добавлены экспертом",
                    "Исключены экспертом", "Вышли"), rows, new int[] {8, 30, 12, 10, 10, 14, 14, 10});

            List<String> heatHeader = new ArrayList<>(List.of("Муниципалитет"));
            a.factors().forEach(f -> heatHeader.add(f.name()));
            rows = new ArrayList<>();
            for (RiskAnalyticsView.Unit m : a.municipalities()) {
                List<Object> row = new ArrayList<>(List.of(m.name()));
                for (RiskAnalyticsView.Factor f : a.factors()) {
                    row.add(a.heatMap().stream().filter(c -> c.municipalityId() == m.id() && c.factorId() == f.id())
                            .mapToInt(RiskAnalyticsView.HeatCell::high).sum());
                }
                rows.add(row);
            }
            int[] heatWidths = new int[heatHeader.size()];
            java.util.Arrays.fill(heatWidths, 18);
            heatWidths[0] = 34;
            sheet(book, header, "Высокий риск " + a.year(), heatHeader, rows, heatWidths);

            rows = new ArrayList<>();
            for (RiskAnalyticsView.Trend t : a.trends()) {
                rows.add(List.of(t.year(), factors.get(t.factorId()), t.high()));
            }
            sheet(book, header, "Динамика факторов", List.of("Год", "Фактор", "Школ с высоким уровнем"), rows, new int[] {8, 70, 14});

            rows = new ArrayList<>();
            // Per municipality, all factors together, then the region's total; below, each factor in each municipality
            // and in the region.
            for (RiskAnalyticsView.MovementRow m : a.movement()) {
                rows.add(List.of(municipalities.get(m.municipalityId()), "Все факторы", m.improved(), m.worsened(), m.same(),
                        m.highLowered()));
            }
            RiskAnalyticsView.MovementTotal total = a.movementTotal();
            rows.add(List.of("Итого по всем муниципалитетам", "Все факторы", total.improved(), total.worsened(), total.same(),
                    total.highLowered()));
            for (RiskAnalyticsView.FactorMovementRow m : a.factorMovement()) {
                rows.add(List.of(m.municipalityId() == null ? "Итого по всем муниципалитетам" : municipalities.get(m.municipalityId()),
                        factors.get(m.factorId()), m.improved(), m.worsened(), m.same(), m.highLowered()));
            }
            sheet(book, header, "Движение уровней", List.of("Муниципалитет", "Фактор", "Снизился", "Вырос", "Не изменился",
                    "Был высокий, стал ниже"), rows, new int[] {34, 60, 12, 12, 14, 16});
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(XSSFWorkbook book, CellStyle header, String name, List<String> columns, List<List<Object>> rows,
                              int[] widths) {
        Sheet sheet = book.createSheet(name);
        Row head = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            head.createCell(c).setCellValue(columns.get(c));
            head.getCell(c).setCellStyle(header);
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<Object> values = rows.get(r);
            for (int c = 0; c < values.size(); c++) {
                Object v = values.get(c);
                if (v instanceof Number n) {
                    row.createCell(c).setCellValue(n.doubleValue());
                } else {
                    row.createCell(c).setCellValue(v == null ? "" : v.toString());
                }
            }
        }
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.createFreezePane(1, 1);
    }
}

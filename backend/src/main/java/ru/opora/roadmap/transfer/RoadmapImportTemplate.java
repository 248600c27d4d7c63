package ru.opora.roadmap.transfer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The roadmap import's template: the first sheet is what the import reads — the header of the seed documents'
 * tables, then a block as a row of one cell and its measures below it; a second sheet shows a filled example and a
 * third the timeframes the import understands (the same as {@link TimeframeParser}).
 */
final class RoadmapImportTemplate {

    static final String[] HEADER = {"№ п/п", "Мероприятие", "Сроки", "Ответственные", "Ожидаемый результат"};
    static final String FILE_NAME = "Шаблон мероприятий дорожной карты.xlsx";

    private static final String[][] EXAMPLE = {
            {"1. Управленческий блок"},
            {"1.1", "Утверждение муниципальных дорожных карт по работе со школами с низкими образовательными результатами",
                    "февраль – март 2025", "Органы местного самоуправления", "Дорожные карты утверждены"},
            {"1.2", "Ежеквартальный мониторинг выполнения муниципальных дорожных карт", "ежеквартально",
                    "Министерство образования", "Справки по итогам мониторинга"},
            {"2. Методический блок"},
            {"2.1", "Семинары для руководителей ШНОР по анализу результатов ВПР", "апрель 2025, апрель 2026",
                    "Институт развития образования", "Не менее 2 семинаров в год"},
    };

    private static final String[][] TIMEFRAMES = {
            {"Сроки, которые понимает загрузка", ""},
            {"февраль 2025 – декабрь 2026", "с начала первого месяца до конца второго"},
            {"март 2025, март 2026", "несколько месяцев через запятую"},
            {"до 1 апреля 2025", "до даты"},
            {"I квартал 2025, II полугодие 2025", "квартал, полугодие"},
            {"2025–2026 гг.", "годы"},
            {"ежегодно, сентябрь", "каждый год в этом месяце"},
            {"в течение всего периода", "все годы дорожной карты"},
            {"", ""},
            {"Блок", "строка, в которой заполнена одна ячейка: «1. Управленческий блок»"},
            {"Загрузка", "на странице дорожной карты (черновик) — «Загрузить из файла»: сначала проверка, затем загрузка"
                    + " целиком; нераспознанные сроки — предупреждение и «весь период»."},
    };

    private RoadmapImportTemplate() {
    }

    static byte[] write() {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle wrap = book.createCellStyle();
            wrap.setWrapText(true);

            Sheet items = book.createSheet("Мероприятия");
            row(items, 0, bold, HEADER);
            widths(items, 8, 60, 22, 30, 40);
            items.createFreezePane(0, 1);
            for (int c = 0; c < HEADER.length; c++) {
                items.setDefaultColumnStyle(c, wrap);
            }

            Sheet example = book.createSheet("Пример");
            row(example, 0, bold, HEADER);
            for (int r = 0; r < EXAMPLE.length; r++) {
                row(example, r + 1, EXAMPLE[r].length == 1 ? bold : null, EXAMPLE[r]);
            }
            widths(example, 8, 60, 22, 30, 40);

            Sheet help = book.createSheet("Пояснения");
            for (int r = 0; r < TIMEFRAMES.length; r++) {
                row(help, r, r == 0 ? bold : null, TIMEFRAMES[r]);
            }
            widths(help, 36, 90);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(Sheet sheet, int index, CellStyle style, String... cells) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < cells.length; c++) {
            var cell = row.createCell(c);
            cell.setCellValue(cells[c]);
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }

    private static void widths(Sheet sheet, int... characters) {
        for (int c = 0; c < characters.length; c++) {
            sheet.setColumnWidth(c, characters[c] * 256);
        }
    }
}

package ru.opora.indicator.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import ru.opora.common.error.ApiException;

/**
 * The first sheet of an XLSX book as table records: each cell as Excel shows it in Russian (92,5; dates as
 * 05.12.2026), empty rows skipped. The book is read whole: a values file is limited in size by the upload limit.
 */
final class XlsxRecords implements TableRecords {

    private static final DataFormatter FORMATTER = new DataFormatter(Locale.forLanguageTag("ru-RU"));

    private final Sheet sheet;
    private final int last;
    private int row = -1;

    XlsxRecords(InputStream in) throws IOException {
        Workbook workbook;
        try {
            workbook = new XSSFWorkbook(in);
        } catch (IOException | RuntimeException e) {
            throw ApiException.invalid("file", "файл повреждён или не является книгой Excel (XLSX)");
        }
        if (workbook.getNumberOfSheets() == 0) {
            throw ApiException.invalid("file", "в книге нет листов");
        }
        this.sheet = workbook.getSheetAt(0);
        this.last = sheet.getLastRowNum();
    }

    @Override
    public List<String> header() {
        List<String> header = next();
        return header == null ? null : header.stream().map(name -> name.toLowerCase(Locale.ROOT)).toList();
    }

    @Override
    public int line() {
        return row + 1;
    }

    @Override
    public List<String> next() {
        while (++row <= last) {
            List<String> cells = cells(sheet.getRow(row));
            if (cells.stream().anyMatch(cell -> !cell.isEmpty())) {
                return cells;
            }
        }
        return null;
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        if (row == null) {
            return cells;
        }
        for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
            Cell cell = row.getCell(c);
            cells.add(cell == null ? "" : FORMATTER.formatCellValue(cell).strip());
        }
        return cells;
    }
}

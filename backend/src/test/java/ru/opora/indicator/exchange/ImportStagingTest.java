package ru.opora.indicator.exchange;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rows staged as COPY text blocks come back from the blocks' UTF-8 bytes exactly as they went in. */
class ImportStagingTest {

    private static final String[][] ROWS = {
            {"2", "0100100001", "ASSESSMENT_OBJECTIVITY", "2021", "", "да", null, null},
            {"3", "0100100001", "VPR_MARK_2", "2021", "GRADE=4;SUBJECT=RUS", "12.5", "с табуляцией\tи\nпереводом строки", null},
            {"4", "школа-1", "X", "2022", "", "\\N", "обратная косая \\ черта", "row|причина"},
            {"5", "", "Y", "2023-H1", "", "нет", "эмодзи 🙂 в конце", null},
            {"6", null, null, null, null, null, null, "school_code|не указан код школы"},
            {"7", "a\rb", "Ё", "2025-Q4", "", "1", "\\", "\\N"},
    };

    @Test
    void everyFieldComesBackAsItWasStaged() throws Exception {
        List<byte[]> blocks = new ArrayList<>();
        CopyWriter writer = CopyWriter.to(block -> blocks.add(block.getBytes(StandardCharsets.UTF_8)));
        for (String[] row : ROWS) {
            for (String field : row) {
                writer.text(field);
            }
            writer.endRow();
        }
        writer.finish();

        List<String[]> read = new ArrayList<>();
        for (byte[] block : blocks) {
            ImportStaging.decode(block, fields -> read.add(fields.clone()));
        }
        assertEquals(ROWS.length, read.size());
        for (int i = 0; i < ROWS.length; i++) {
            assertArrayEquals(ROWS[i], read.get(i), "row " + Arrays.toString(ROWS[i]));
        }
    }

    @Test
    void theHandlerStopsTheBlock() throws Exception {
        byte[] block = "1\ta\n2\tb\n3\tc\n".getBytes(StandardCharsets.UTF_8);
        List<String> seen = new ArrayList<>();
        boolean completed = ImportStaging.decode(block, fields -> seen.add(fields[1]) && seen.size() < 2);
        assertEquals(List.of("a", "b"), seen);
        assertEquals(false, completed);
    }
}

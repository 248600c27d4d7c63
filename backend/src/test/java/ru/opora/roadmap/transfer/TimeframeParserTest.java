package ru.opora.roadmap.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ru.opora.roadmap.DateWindow;

class TimeframeParserTest {

    @ParameterizedTest(name = "«{0}» → {1}")
    @CsvSource(delimiter = '|', value = {
            "февраль 2025 – декабрь 2026 | 2025-02-01..2026-12-31",
            "март 2025, март 2026 | 2025-03-01..2025-03-31; 2026-03-01..2026-03-31",
            "март – май 2025 г. | 2025-03-01..2025-05-31",
            "до 1 апреля 2025 | 2025-01-01..2025-04-01",
            "до 25.03.2026 | 2025-01-01..2026-03-25",
            "15.02.2025 | 2025-02-15..2025-02-15",
            "I квартал 2025 | 2025-01-01..2025-03-31",
            "4 квартал 2026 г. | 2026-10-01..2026-12-31",
            "II полугодие 2025 года | 2025-07-01..2025-12-31",
            "2025–2026 гг. | 2025-01-01..2026-12-31",
            "в течение 2026 года | 2026-01-01..2026-12-31",
            "ежегодно, сентябрь | 2025-09-01..2025-09-30; 2026-09-01..2026-09-30",
            "Май 2025 и октябрь 2025 | 2025-05-01..2025-05-31; 2025-10-01..2025-10-31",
    })
    void readsTheWindowsOfATimeframe(String text, String expected) {
        TimeframeParser.Timeframe timeframe = TimeframeParser.parse(text, 2025, 2026);
        assertTrue(timeframe.understood());
        assertFalse(timeframe.wholePeriod());
        assertEquals(expected, format(timeframe.windows()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"в течение всего периода", "Постоянно", "ежеквартально", "весь период"})
    void readsTheWholePeriod(String text) {
        TimeframeParser.Timeframe timeframe = TimeframeParser.parse(text, 2025, 2026);
        assertTrue(timeframe.understood());
        assertTrue(timeframe.wholePeriod());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"по согласованию", "'  '"})
    void saysWhenItCannotRead(String text) {
        assertFalse(TimeframeParser.parse(text, 2025, 2026).understood());
    }

    private static String format(List<DateWindow> windows) {
        return windows.stream().map(w -> w.from() + ".." + w.to()).collect(Collectors.joining("; "));
    }
}

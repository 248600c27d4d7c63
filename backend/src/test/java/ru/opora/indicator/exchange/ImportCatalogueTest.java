package ru.opora.indicator.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written shape checks of an import row say exactly what the documented patterns say. */
class ImportCatalogueTest {

    private static final Pattern PERIOD = Pattern.compile("[0-9]{4}(-H[12]|-Q[1-4])?");
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]{1,14}([.,][0-9]{1,4})?");

    @Test
    void periodsAreYearsHalfYearsAndQuarters() {
        for (String period : List.of("2025", "2025-H1", "2025-H2", "2025-Q1", "2025-Q4", "2025-H3", "2025-Q0", "2025-Q5",
                "2025-h1", "2025H1", "2025-H12", "202", "20255", "20a5", "2025-", "2025-X1", "2025 H1", "٢٠٢٥", "")) {
            assertEquals(PERIOD.matcher(period).matches(), ImportCatalogue.isPeriod(period), period);
        }
    }

    @Test
    void numbersHaveAtMostFourteenDigitsAndFourDecimals() {
        for (String number : List.of("0", "7", "-7", "12.5", "12,5", "-0.0001", "12345678901234", "123456789012345",
                "1.12345", "1.1234", "1.", ".5", "-", "--1", "1.2.3", "1,2.3", "1.2,3", "+1", "1e5", " 1", "1 ", "١٢",
                "12,", "-,5", "")) {
            assertEquals(NUMBER.matcher(number).matches(), ImportCatalogue.isNumber(number), number);
        }
    }

    @Test
    void numbersAreCountedInTenThousandthsExactly() {
        for (String number : List.of("0", "7", "-7", "12.5", "-0.0001", "0.1234", "100", "99.99", "-12.05", "12345678901234",
                "99999999999999.9999", "-99999999999999.9999", "0007.5000")) {
            assertEquals(new BigDecimal(number).movePointRight(4).longValueExact(), ImportCatalogue.tenThousandths(number), number);
        }
    }
}

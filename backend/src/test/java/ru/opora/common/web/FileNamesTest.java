package ru.opora.common.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void aStemIsTheTitleWithItsPeriodWithoutWhatFileSystemsRefuse() {
        assertEquals("Дорожная карта Каменского района 2025–2026",
                FileNames.stem("Дорожная карта Каменского района", "2025–2026"));
        assertEquals("Отчёт за I квартал 2026 г. — Карта", FileNames.stem("Отчёт за I квартал 2026 г. — Карта", null));
        assertEquals("План 2026 года", FileNames.stem("План: 2026 года", "2026"));
        assertEquals("Шаблон кампании «Сбор 1 2»", FileNames.stem("Шаблон кампании «Сбор 1/2»...", null));
    }

    @Test
    void theHeaderCarriesTheReadableNameInUtf8AndATransliterationForOldClients() {
        assertEquals("attachment; filename=\"Dorozhnaia_karta_Kamenskogo_raiona_2025_2026.docx\"; filename*=UTF-8''"
                        + "%D0%94%D0%BE%D1%80%D0%BE%D0%B6%D0%BD%D0%B0%D1%8F%20%D0%BA%D0%B0%D1%80%D1%82%D0%B0%20"
                        + "%D0%9A%D0%B0%D0%BC%D0%B5%D0%BD%D1%81%D0%BA%D0%BE%D0%B3%D0%BE%20%D1%80%D0%B0%D0%B9%D0%BE%D0%BD%D0%B0%20"
                        + "2025%E2%80%932026.docx",
                FileNames.disposition("Дорожная карта Каменского района 2025–2026.docx"));
        assertEquals("Shablon_zagruzki_znachenii_pokazatelei.xlsx", FileNames.ascii("Шаблон загрузки значений показателей.xlsx"));
        assertEquals("Zhurnal_Shchukino_Iuzhnoe.csv", FileNames.ascii("Журнал Щукино/Южное.csv"));
    }
}

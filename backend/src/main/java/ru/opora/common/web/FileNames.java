package ru.opora.common.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * File names as people read them: made from a document's title and period, not from codes and ids, without the
 * characters file systems refuse, and sent as RFC 6266 with an RFC 5987 UTF-8 name so Cyrillic survives.
 */
public final class FileNames {

    private static final int MAX_STEM = 150;

    private FileNames() {
    }

    /**
     * The title as a file name stem, with the period added when the title does not already tell it, cut at a word
     * before {@value #MAX_STEM} characters.
     */
    public static String stem(String title, String period) {
        String stem = title.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", " ").replaceAll("\\s+", " ").strip();
        if (period != null && !period.isBlank() && !stem.contains(period)) {
            stem = stem + " " + period;
        }
        if (stem.length() > MAX_STEM) {
            int cut = stem.lastIndexOf(' ', MAX_STEM);
            stem = stem.substring(0, cut > MAX_STEM / 2 ? cut : MAX_STEM).strip();
        }
        return stem.replaceAll("[. ]+$", "");
    }

    /** An attachment header with the readable name and a plain ASCII one for clients that know no better. */
    public static String disposition(String fileName, String asciiFallback) {
        String ascii = asciiFallback.replaceAll("[^A-Za-z0-9._-]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

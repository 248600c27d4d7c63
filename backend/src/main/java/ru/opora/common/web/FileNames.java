package ru.opora.common.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * File names as people read them: made from a document's title and period, not from codes and ids, without the
 * characters file systems refuse, and sent as RFC 6266 with an RFC 5987 UTF-8 name so Cyrillic survives.
 */
public final class FileNames {

    private static final int MAX_STEM = 150;

    /** Russian letters in Latin (as in passports, ICAO 9303), for clients that read only the ASCII name. */
    private static final Map<Character, String> LATIN = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('д', "d"),
            Map.entry('е', "e"), Map.entry('ё', "e"), Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "i"),
            Map.entry('й', "i"), Map.entry('к', "k"), Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"),
            Map.entry('о', "o"), Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
            Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"), Map.entry('ч', "ch"),
            Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ъ', "ie"), Map.entry('ы', "y"), Map.entry('ь', ""),
            Map.entry('э', "e"), Map.entry('ю', "iu"), Map.entry('я', "ia"));

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

    /** An attachment header with the readable name and its Latin transliteration for clients that know no better. */
    public static String disposition(String fileName) {
        return "attachment; filename=\"" + ascii(fileName) + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The name in ASCII letters, digits, «.», «-» and «_» (Cyrillic transliterated, anything else «_»). */
    static String ascii(String fileName) {
        StringBuilder out = new StringBuilder();
        for (char c : fileName.toCharArray()) {
            String latin = LATIN.get(Character.toLowerCase(c));
            if (latin != null) {
                out.append(Character.isUpperCase(c) && !latin.isEmpty()
                        ? Character.toUpperCase(latin.charAt(0)) + latin.substring(1) : latin);
            } else if (c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_')) {
                out.append(c);
            } else {
                out.append('_');
            }
        }
        return out.toString().replaceAll("_+", "_");
    }
}

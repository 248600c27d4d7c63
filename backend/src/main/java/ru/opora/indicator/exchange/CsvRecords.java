package ru.opora.indicator.exchange;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import ru.opora.common.error.ApiException;

/**
 * The records of a CSV file as spreadsheets save it: «;» or «,» separated (told by the header), quotes with
 * line breaks inside, UTF-8 with or without a byte order mark, or Windows-1251 as Excel saves it in Russia.
 */
final class CsvRecords implements TableRecords {

    private final BufferedReader reader;
    private char separator = ';';
    private int line;

    CsvRecords(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        this.reader = new BufferedReader(new InputStreamReader(in, detectCharset(in)), 1 << 16);
    }

    @Override
    public List<String> header() throws IOException {
        String text = reader.readLine();
        if (text == null) {
            return null;
        }
        line++;
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (!text.contains(";") && text.contains(",")) {
            separator = ',';
        }
        List<String> names = new ArrayList<>();
        for (String part : text.split(java.util.regex.Pattern.quote(String.valueOf(separator)), -1)) {
            names.add(part.strip().replaceAll("^\"|\"$", "").strip().toLowerCase(Locale.ROOT));
        }
        return names;
    }

    /** The number of the last line read (a record with quoted line breaks spans several). */
    @Override
    public int line() {
        return line;
    }

    /** The next record (which may span lines inside quotes); null at the end of the file. */
    @Override
    public List<String> next() throws IOException {
        String text = reader.readLine();
        if (text == null) {
            return null;
        }
        line++;
        if (text.indexOf('"') < 0) {
            return split(text);
        }
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (true) {
            if (i == text.length()) {
                if (quoted) {
                    String next = reader.readLine();
                    if (next == null) {
                        throw ApiException.invalid("file", "строка " + line + ": не закрыта кавычка");
                    }
                    line++;
                    field.append('\n');
                    text = next;
                    i = 0;
                    continue;
                }
                fields.add(field.toString());
                return fields;
            }
            char c = text.charAt(i++);
            if (quoted) {
                if (c == '"') {
                    if (i < text.length() && text.charAt(i) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
    }

    /** A record without quotes, nearly every one: its fields are the text between separators. */
    private List<String> split(String text) {
        List<String> fields = new ArrayList<>(8);
        int start = 0;
        for (int at = text.indexOf(separator); at >= 0; at = text.indexOf(separator, start)) {
            fields.add(text.substring(start, at));
            start = at + 1;
        }
        fields.add(text.substring(start));
        return fields;
    }

    /** UTF-8 unless the start of the file is not valid UTF-8, as with files saved by Excel in Windows-1251. */
    private static Charset detectCharset(BufferedInputStream in) throws IOException {
        in.mark(1 << 16);
        byte[] head = in.readNBytes(1 << 16);
        in.reset();
        int end = head.length;
        // Do not judge a multi-byte character cut at the end of the sample.
        while (end > 0 && end > head.length - 4 && (head[end - 1] & 0xC0) == 0x80) {
            end--;
        }
        if (end > 0 && (head[end - 1] & 0xC0) == 0xC0) {
            end--;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(head, 0, end));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return Charset.forName("windows-1251");
        }
    }
}

package ru.opora.scorecard;

/** How marks are written in tables and texts. */
public final class MarkText {

    private MarkText() {
    }

    /** «выполнен», «частично», «не выполнен», «нет данных». */
    public static String of(Mark mark) {
        return switch (mark) {
            case MET -> "выполнен";
            case PARTLY -> "частично";
            case NOT_MET -> "не выполнен";
            case NO_DATA -> "нет данных";
        };
    }

    /** The sign in a dense table: «+», «±», «−», «н/д». */
    public static String sign(Mark mark) {
        return switch (mark) {
            case MET -> "+";
            case PARTLY -> "±";
            case NOT_MET -> "−";
            case NO_DATA -> "н/д";
        };
    }
}

package ru.opora.roadmap.report;

/** Russian names of item statuses for messages and documents. */
public final class ItemStatusText {

    private ItemStatusText() {
    }

    public static String of(ItemStatus status) {
        return switch (status) {
            case NOT_STARTED -> "не начато";
            case IN_PROGRESS -> "выполняется";
            case DONE -> "выполнено";
            case NOT_DONE -> "не выполнено";
            case CANCELLED -> "отменено";
        };
    }
}

package ru.opora.devstack;

/** A failure of the local stack, explained in Russian and in English. */
final class StackException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String details;

    StackException(String russian, String english) {
        this(russian, english, null);
    }

    StackException(String russian, String english, String details) {
        super(russian + "\n" + english);
        this.details = details;
    }

    /** Extra lines to print after the message (for example the tail of a child's log), or null. */
    String details() {
        return details;
    }
}

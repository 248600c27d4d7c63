package ru.opora.common.web;

/** A page of a list as a request asked for it: its 0-based number and its size, already capped. */
public record PageRequest(int index, int size) {

    /** The rows before this page. */
    public long offset() {
        return (long) index * size;
    }
}

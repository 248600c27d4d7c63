package ru.opora.common.web;

/**
 * A page of a list as a request asked for it: its number, counted from 1 on every list endpoint, and its size,
 * already capped.
 */
public record PageRequest(int number, int size) {

    /** The rows before this page. */
    public long offset() {
        return (long) (number - 1) * size;
    }
}

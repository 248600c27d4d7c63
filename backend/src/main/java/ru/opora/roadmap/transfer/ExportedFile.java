package ru.opora.roadmap.transfer;

/** A generated document with the name it is offered under. */
public record ExportedFile(String fileName, DocumentFormat format, byte[] content) {
}

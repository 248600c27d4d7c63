package ru.opora.common.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

/**
 * What an uploaded file is, decided by Apache Tika from its bytes alone (magic numbers, or text), never from its name
 * or the type the client sent. A file whose content is not the type its name promises is refused by the caller.
 */
public final class FileContent {

    private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();
    private static final MediaTypeRegistry REGISTRY = TYPES.getMediaTypeRegistry();

    private FileContent() {
    }

    /** The type of the content, e.g. application/pdf; application/octet-stream when nothing is recognised. */
    public static MediaType detect(byte[] content) {
        try {
            return TYPES.detect(new ByteArrayInputStream(content), new Metadata());
        } catch (IOException e) {
            return MediaType.OCTET_STREAM;
        }
    }

    /**
     * True when the content is of the expected type: detected as it, or as a container it is a kind of (a DOCX is
     * recognised as an OOXML package, a DOC as an OLE2 document). Unrecognised bytes never match.
     */
    public static boolean is(byte[] content, String expectedType) {
        MediaType expected = MediaType.parse(expectedType).getBaseType();
        MediaType detected = detect(content).getBaseType();
        if (detected.equals(MediaType.OCTET_STREAM)) {
            return false;
        }
        return detected.equals(expected) || REGISTRY.isSpecializationOf(expected, detected);
    }
}

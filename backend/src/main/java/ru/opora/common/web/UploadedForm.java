package ru.opora.common.web;

import java.util.List;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import ru.opora.common.error.ApiException;
import ru.opora.common.error.FieldError;

/**
 * The multipart counterpart of {@link RequestGuard}: a file's name must be text that can be kept (no character 0),
 * or the request is a 400 naming the form field. Every multipart resource passes its file through here first.
 */
public final class UploadedForm {

    private UploadedForm() {
    }

    /** The upload itself when its name is readable; null stays null (the resource says which field is missing). */
    public static FileUpload requireReadable(FileUpload file) {
        if (file == null) {
            return null;
        }
        String problem = RequestText.problem(file.fileName());
        if (problem == null) {
            problem = RequestText.problem(file.name());
        }
        if (problem != null) {
            throw ApiException.badRequest(List.of(new FieldError(file.name() == null ? "file" : file.name(),
                    "имя файла: " + problem)));
        }
        return file;
    }
}

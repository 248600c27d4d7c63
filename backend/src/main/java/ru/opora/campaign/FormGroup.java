package ru.opora.campaign;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FormGroup", description = "Группа показателей в форме")
public record FormGroup(String code, String name, List<FormField> fields) {
}

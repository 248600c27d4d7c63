package ru.opora.meeting;

import static ru.opora.common.web.QueryParsing.date;
import static ru.opora.common.web.QueryParsing.flag;
import static ru.opora.common.web.QueryParsing.number;
import static ru.opora.common.web.QueryParsing.option;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import ru.opora.common.error.FieldError;
import ru.opora.common.web.PageRequest;
import ru.opora.common.web.QueryParsing;
import ru.opora.config.OporaConfig;

/** The meeting and decision lists' query parameters as sent, and their parsed forms. */
public final class MeetingQuery {

    private MeetingQuery() {
    }

    public static class MeetingParams {
        @QueryParam("status")
        @Parameter(description = "Статус протокола", schema = @Schema(implementation = MeetingStatus.class))
        public String status;

        @QueryParam("bodyKind")
        @Parameter(description = "Орган", schema = @Schema(implementation = BodyKind.class))
        public String bodyKind;

        @QueryParam("workingGroupId")
        @Parameter(description = "Заседания рабочей группы", schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
        public String workingGroupId;

        @QueryParam("year")
        @Parameter(description = "Год заседания", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "2000", maximum = "2100"))
        public String year;

        @QueryParam("q")
        @Parameter(description = "Поиск по заголовку протокола", schema = @Schema(type = SchemaType.STRING, maxLength = 200))
        public String q;

        @QueryParam("asOf")
        @Parameter(description = "Дата, на которую считать просрочки (по умолчанию сегодня)",
                schema = @Schema(type = SchemaType.STRING, format = "date"))
        public String asOf;

        @QueryParam("page")
        @Parameter(description = "Номер страницы, с 1",
                schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", defaultValue = "1"))
        public String page;

        @QueryParam("size")
        @Parameter(description = "Размер страницы (больше 100 — урезается до 100)",
                schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", defaultValue = "20"))
        public String size;
    }

    public static class DecisionParams {
        @QueryParam("assigned")
        @Parameter(description = "true — только решения, исполнитель которых — организация вызывающего",
                schema = @Schema(type = SchemaType.BOOLEAN))
        public String assigned;

        @QueryParam("status")
        @Parameter(description = "Исполнение", schema = @Schema(implementation = DecisionStatus.class))
        public String status;

        @QueryParam("overdue")
        @Parameter(description = "true — только просроченные на дату asOf", schema = @Schema(type = SchemaType.BOOLEAN))
        public String overdue;

        @QueryParam("meetingId")
        @Parameter(description = "Решения одного заседания", schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
        public String meetingId;

        @QueryParam("schoolId")
        @Parameter(description = "Решения, исполнитель которых или предмет — эта школа",
                schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
        public String schoolId;

        @QueryParam("asOf")
        @Parameter(description = "Дата, на которую считать просрочки (по умолчанию сегодня)",
                schema = @Schema(type = SchemaType.STRING, format = "date"))
        public String asOf;

        @QueryParam("page")
        @Parameter(description = "Номер страницы, с 1",
                schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", defaultValue = "1"))
        public String page;

        @QueryParam("size")
        @Parameter(description = "Размер страницы (больше 100 — урезается до 100)",
                schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", defaultValue = "20"))
        public String size;
    }

    public record Meetings(MeetingStatus status, BodyKind bodyKind, Long workingGroupId, Integer year, String text,
                           LocalDate asOf, PageRequest page) {

        public static Meetings parse(MeetingParams p, LocalDate today, OporaConfig.Paging paging) {
            List<FieldError> errors = new ArrayList<>();
            MeetingStatus status = option(p.status, "status", MeetingStatus.class, errors);
            BodyKind bodyKind = option(p.bodyKind, "bodyKind", BodyKind.class, errors);
            Long group = number(p.workingGroupId, "workingGroupId", 1, null, errors);
            Long year = number(p.year, "year", 2000, 2100L, errors);
            LocalDate asOf = date(p.asOf, "asOf", errors);
            PageRequest page = QueryParsing.page(p.page, p.size, paging, errors);
            String text = p.q == null || p.q.isBlank() ? null : p.q.strip();
            if (text != null && text.length() > 200) {
                errors.add(new FieldError("q", "не длиннее 200 символов"));
            }
            QueryParsing.requireValid(errors);
            return new Meetings(status, bodyKind, group, year == null ? null : year.intValue(), text,
                    asOf == null ? today : asOf, page);
        }
    }

    public record Decisions(boolean assigned, DecisionStatus status, Boolean overdue, Long meetingId, Long schoolId,
                            LocalDate asOf, PageRequest page) {

        public static Decisions parse(DecisionParams p, LocalDate today, OporaConfig.Paging paging) {
            List<FieldError> errors = new ArrayList<>();
            Boolean assigned = flag(p.assigned, "assigned", errors);
            DecisionStatus status = option(p.status, "status", DecisionStatus.class, errors);
            Boolean overdue = flag(p.overdue, "overdue", errors);
            Long meetingId = number(p.meetingId, "meetingId", 1, null, errors);
            Long schoolId = number(p.schoolId, "schoolId", 1, null, errors);
            LocalDate asOf = date(p.asOf, "asOf", errors);
            PageRequest page = QueryParsing.page(p.page, p.size, paging, errors);
            QueryParsing.requireValid(errors);
            return new Decisions(Boolean.TRUE.equals(assigned), status, overdue, meetingId, schoolId,
                    asOf == null ? today : asOf, page);
        }
    }
}

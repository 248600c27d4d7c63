package ru.opora.roadmap.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.opora.security.CallerResolver;
import ru.opora.security.Roles;

@Path("/api/v1/roadmap-reviews")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Отчёты о выполнении")
public class ReviewQueueResource {

    private final ReportService reports;
    private final CallerResolver callers;

    ReviewQueueResource(ReportService reports, CallerResolver callers) {
        this.reports = reports;
        this.callers = callers;
    }

    @GET
    @RolesAllowed({Roles.MINISTRY, Roles.MUNICIPALITY})
    @Operation(operationId = "listReviewTasks",
            summary = "Очередь проверки: сданные отчёты нижестоящего уровня, ожидающие решения")
    public List<ReviewTask> list() {
        return reports.reviewQueue(callers.current());
    }
}

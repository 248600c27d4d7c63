package ru.opora.ledger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.opora.security.CallerResolver;
import ru.opora.security.Roles;

@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MINISTRY, Roles.MUNICIPALITY, Roles.SCHOOL})
@Tag(name = "Журнал аудита", description = "Единый журнал изменений всех объектов: кто, когда, что, в каком запросе и почему")
public class AuditResource {

    private final AuditService audit;
    private final CallerResolver callers;

    AuditResource(AuditService audit, CallerResolver callers) {
        this.audit = audit;
        this.callers = callers;
    }

    /** The filters of {@code GET /audit}, read as text so that a malformed one is a 400 naming it. */
    public static class Params {
        @Parameter(description = "Вид объекта (см. listAuditKinds): school, roadmap-item, indicator-value, …")
        @QueryParam("entityKind") public String entityKind;
        @Parameter(description = "Идентификатор объекта этого вида (у значений показателей — «школа/период»)")
        @QueryParam("entityId") public String entityId;
        @Parameter(description = "Записи об объектах муниципалитета и его школ", schema = @Schema(type = SchemaType.INTEGER))
        @QueryParam("municipalityId") public String municipalityId;
        @Parameter(description = "Записи об объектах школы", schema = @Schema(type = SchemaType.INTEGER))
        @QueryParam("schoolId") public String schoolId;
        @Parameter(description = "Кто изменил: имя пользователя или сервисной учётной записи")
        @QueryParam("actor") public String actor;
        @Parameter(description = "USER, SERVICE или SYSTEM", schema = @Schema(type = SchemaType.STRING, enumeration = {"USER", "SERVICE", "SYSTEM"}))
        @QueryParam("actorKind") public String actorKind;
        @Parameter(description = "Идентификатор запроса (X-Request-Id)")
        @QueryParam("requestId") public String requestId;
        @Parameter(description = "С момента или даты включительно: 2026-05-01 или 2026-05-01T10:00:00Z")
        @QueryParam("from") public String from;
        @Parameter(description = "По момент (не включая) или дату включительно")
        @QueryParam("to") public String to;
        @Parameter(description = "Курсор: записи старше этой позиции (nextCursor прошлой страницы)", schema = @Schema(type = SchemaType.INTEGER))
        @QueryParam("before") public String before;
        @Parameter(description = "Записей на странице (1–100)", schema = @Schema(type = SchemaType.INTEGER))
        @QueryParam("size") public String size;
    }

    @GET
    @Operation(operationId = "listAuditEntries",
            summary = "Журнал аудита в пределах организации: фильтры по виду и объекту, организации, автору, запросу и времени",
            description = "Каждое изменение каждого объекта (реестр, категории, каталог, кампании и значения, дорожные карты и"
                    + " отчёты, подписки) пишется в журнал в той же транзакции, что и само изменение. Министерство видит записи"
                    + " своего региона и общего каталога, муниципалитет — свои и своих школ; школе журнал недоступен (403)."
                    + " Записи идут от новых к старым; следующая страница — с before = nextCursor.")
    public AuditPage list(@BeanParam Params params) {
        return audit.list(callers.current(), LedgerScope.allAreas(), new AuditService.Filter(params.entityKind, params.entityId,
                params.municipalityId, params.schoolId, params.actor, params.actorKind, params.requestId, params.from, params.to,
                params.before, params.size));
    }

    @GET
    @Path("/kinds")
    @Operation(operationId = "listAuditKinds", summary = "Виды объектов журнала аудита",
            description = "Выводятся из метамодели: каждая сущность под аудитом Envers и виды, которые пишутся SQL (значения"
                    + " показателей, загрузки, целевые значения).")
    public List<AuditKindView> kinds() {
        LedgerScope.of(callers.current(), LedgerScope.allAreas());
        return audit.kinds();
    }
}

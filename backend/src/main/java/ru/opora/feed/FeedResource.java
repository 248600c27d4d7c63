package ru.opora.feed;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.opora.ledger.LedgerScope;
import io.quarkus.security.identity.SecurityIdentity;
import ru.opora.security.CallerResolver;
import ru.opora.security.ServiceAccounts;
import ru.opora.security.Roles;

@Path("/api/v1/changes")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MINISTRY, Roles.MUNICIPALITY, Roles.SCHOOL})
@Tag(name = "Лента изменений", description = "Изменения по порядку в формате CloudEvents 1.0: читать с любого курсора, ничего не пропуская")
public class FeedResource {

    private final FeedService feed;
    private final CallerResolver callers;
    private final SecurityIdentity identity;

    FeedResource(FeedService feed, CallerResolver callers, SecurityIdentity identity) {
        this.feed = feed;
        this.callers = callers;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "listChanges", summary = "Изменения после курсора в формате CloudEvents 1.0",
            description = "Каждая запись журнала аудита — событие: тип ru.opora.<вид>.created|updated|deleted, у значений"
                    + " показателей — ru.opora.indicator-value.saved|submitted|returned|accepted|deleted, у загрузок —"
                    + " ru.opora.indicator-import.completed; subject — путь организации и объекта (/regions/58/schools/5818003401)."
                    + " Позиции растут в порядке фиксации транзакций и идут без пропусков: продолжая с next, потребитель не"
                    + " пропустит ни одного события, а начать заново можно с любой сохранённой позиции (after=0 — с начала)."
                    + " Министерство получает события своего региона, муниципалитет — свои и своих школ; школе лента недоступна."
                    + " Сервисная учётная запись получает события тех частей, на которые у неё есть области доступа:"
                    + " registry:read — реестр, values:read или values:write — показатели и значения, roadmaps:read — дорожные карты.")
    public ChangePage list(
            @Parameter(description = "Курсор: события с позицией больше этой (0 — с начала)", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("after") String after,
            @Parameter(description = "Событий на странице, 1–1000 (по умолчанию 100)", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("limit") String limit,
            @Parameter(description = "Типы событий через запятую; «*» в конце — все типы с этим началом (ru.opora.indicator-value.*)")
            @QueryParam("types") String types) {
        return feed.read(callers.current(), ServiceAccounts.scopes(identity).map(LedgerScope::areasOf)
                .orElse(LedgerScope.allAreas()), feed.parse(after, limit, types));
    }
}

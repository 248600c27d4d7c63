package ru.opora.attention;

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
import ru.opora.security.CallerResolver;
import ru.opora.security.Roles;

@Path("/api/v1/attention")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Требует внимания", description = "Что ждёт вызывающего во всём продукте: сроки, просрочки, ссылки")
public class AttentionResource {

    private final AttentionService attention;
    private final CallerResolver callers;

    AttentionResource(AttentionService attention, CallerResolver callers) {
        this.attention = attention;
        this.callers = callers;
    }

    @GET
    @RolesAllowed({Roles.MINISTRY, Roles.MUNICIPALITY, Roles.SCHOOL, Roles.CURATOR})
    @Operation(operationId = "getAttention",
            summary = "«Требует внимания»: отчёты и формы сдать или проверить, просрочки, решения и рекомендации к сроку,"
                    + " протоколы подписать, визиты — с датами и ссылками")
    public AttentionView get(@Parameter(description = "Дата, на которую считать сроки (по умолчанию сегодня)",
            schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("asOf") String asOf) {
        return attention.attention(callers.current(), asOf);
    }
}

package ru.opora.event;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import ru.opora.common.web.FileNames;
import ru.opora.roadmap.transfer.DocumentFormat;
import ru.opora.security.CallerResolver;
import ru.opora.security.Roles;

@Path("/api/v1/events")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MINISTRY, Roles.MUNICIPALITY, Roles.SCHOOL})
@Tag(name = "Методические мероприятия", description = "Семинары, тренинги, мастер-классы, консультации: аудитория, публикации, участие")
public class EventResource {

    private final EventService events;
    private final CallerResolver callers;

    EventResource(EventService events, CallerResolver callers) {
        this.events = events;
        this.callers = callers;
    }

    @GET
    @Operation(operationId = "listEvents", summary = "Методические мероприятия в пределах видимости вызывающего, новые сверху")
    public EventPage list(@BeanParam EventParams params) {
        return events.list(callers.current(), params);
    }

    @GET
    @Path("/export")
    @Produces(DocumentFormat.XLSX_TYPE)
    @Operation(operationId = "exportEvents", summary = "Список мероприятий с теми же фильтрами в XLSX")
    @APIResponse(responseCode = "200", description = "Книга XLSX",
            content = @Content(mediaType = DocumentFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response export(@BeanParam EventParams params) {
        return Response.ok(events.export(callers.current(), params), DocumentFormat.XLSX_TYPE)
                .header("Content-Disposition", FileNames.disposition("Методические мероприятия.xlsx"))
                .build();
    }

    @POST
    @Operation(operationId = "createEvent", summary = "Записать проведённое своей организацией методическое мероприятие")
    @APIResponse(responseCode = "201", description = "Записано",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventView.class)))
    public RestResponse<EventView> create(@NotNull @Valid EventInput body, UriInfo uri) {
        EventView created = events.create(callers.current(), body);
        return RestResponse.ResponseBuilder.<EventView>created(
                uri.getBaseUriBuilder().path("api/v1/events/{id}").build(created.id())).entity(created).build();
    }

    @GET
    @Path("/{eventId}")
    @Operation(operationId = "getEvent", summary = "Методическое мероприятие")
    public EventView get(@PathParam("eventId") long id) {
        return events.get(callers.current(), id);
    }

    @PUT
    @Path("/{eventId}")
    @Operation(operationId = "updateEvent", summary = "Изменить мероприятие (организатор; с проверкой версии)")
    public EventView update(@PathParam("eventId") long id, @NotNull @Valid EventInput body) {
        return events.update(callers.current(), id, body);
    }

    @DELETE
    @Path("/{eventId}")
    @Operation(operationId = "deleteEvent", summary = "Удалить мероприятие (организатор)")
    @APIResponse(responseCode = "204", description = "Удалено")
    public void delete(@PathParam("eventId") long id) {
        events.delete(callers.current(), id);
    }
}

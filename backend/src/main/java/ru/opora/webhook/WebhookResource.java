package ru.opora.webhook;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import ru.opora.security.CallerResolver;
import ru.opora.security.Roles;

@Path("/api/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MINISTRY, Roles.MUNICIPALITY, Roles.SCHOOL})
@Tag(name = "Вебхуки", description = "Подписки организации на ленту изменений: доставка с подписью Standard Webhooks, журнал доставки")
public class WebhookResource {

    private final WebhookService webhooks;
    private final CallerResolver callers;

    WebhookResource(WebhookService webhooks, CallerResolver callers) {
        this.webhooks = webhooks;
        this.callers = callers;
    }

    @GET
    @Operation(operationId = "listWebhooks", summary = "Подписки своей организации",
            description = "Министерство ведёт подписки региона, муниципалитет — свои; школе подписки недоступны.")
    public WebhookPage list(@Parameter(description = "Номер страницы, с 1", schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("page") String page,
                            @Parameter(description = "Размер страницы", schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("size") String size) {
        return webhooks.list(callers.current(), page, size);
    }

    @POST
    @Operation(operationId = "createWebhook", summary = "Подписаться на события ленты изменений",
            description = "События организации (как в listChanges) после создания подписки доставляются POST-запросом в"
                    + " формате CloudEvents 1.0 (application/cloudevents+json) — хотя бы один раз, по порядку, с повторами по"
                    + " нарастающим интервалам. Заголовки Standard Webhooks: webhook-id (id события), webhook-timestamp,"
                    + " webhook-signature = v1,base64(HMAC-SHA256(ключ секрета, id.timestamp.тело)). Адрес должен подходить под"
                    + " разрешённые шаблоны сервера и не вести во внутреннюю сеть (422 с полем url); перенаправления не выполняются.")
    @APIResponse(responseCode = "201", description = "Создана; secret — ключ подписи",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookView.class)))
    public RestResponse<WebhookView> create(@NotNull @Valid WebhookInput body, UriInfo uri) {
        WebhookView created = webhooks.create(callers.current(), body);
        return RestResponse.ResponseBuilder.<WebhookView>created(
                uri.getBaseUriBuilder().path("api/v1/webhooks/{id}").build(created.id())).entity(created).build();
    }

    @GET
    @Path("/{webhookId}")
    @Operation(operationId = "getWebhook", summary = "Подписка и состояние её доставки")
    public WebhookView get(@PathParam("webhookId") long webhookId) {
        return webhooks.get(callers.current(), webhookId);
    }

    @PUT
    @Path("/{webhookId}")
    @Operation(operationId = "updateWebhook", summary = "Изменить адрес, типы событий, описание или включённость (с проверкой версии)")
    public WebhookView update(@PathParam("webhookId") long webhookId, @NotNull @Valid WebhookInput body) {
        return webhooks.update(callers.current(), webhookId, body);
    }

    @DELETE
    @Path("/{webhookId}")
    @Operation(operationId = "deleteWebhook", summary = "Удалить подписку с её журналом доставки")
    @APIResponse(responseCode = "204", description = "Удалена")
    public void delete(@PathParam("webhookId") long webhookId) {
        webhooks.delete(callers.current(), webhookId);
    }

    @GET
    @Path("/{webhookId}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "Журнал доставки подписки: попытки, ответы, ошибки")
    public DeliveryPage deliveries(@PathParam("webhookId") long webhookId,
                                   @Parameter(description = "Номер страницы, с 1", schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("page") String page,
                                   @Parameter(description = "Размер страницы", schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("size") String size) {
        return webhooks.deliveries(callers.current(), webhookId, page, size);
    }

    @POST
    @Path("/{webhookId}/deliveries/{deliveryId}/redelivery")
    @Operation(operationId = "redeliverWebhook", summary = "Доставить событие этой попытки ещё раз (с тем же webhook-id)",
            description = "Ставит событие в очередь подписки; его отправит любой экземпляр сервера. Выключенная подписка — 409.")
    @APIResponse(responseCode = "202", description = "Поставлено в очередь",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliveryView.class)))
    public RestResponse<DeliveryView> redeliver(@PathParam("webhookId") long webhookId, @PathParam("deliveryId") long deliveryId) {
        return RestResponse.accepted(webhooks.redeliver(callers.current(), webhookId, deliveryId));
    }
}

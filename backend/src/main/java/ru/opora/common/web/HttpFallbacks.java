package ru.opora.common.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import ru.opora.common.error.Problem;
import ru.opora.common.error.ProblemMappers;
import ru.opora.config.OporaConfig;
import ru.opora.roadmap.transfer.DocumentFormat;

/**
 * Answers that never reach a REST resource (an unknown path, a body over the size limit) are
 * problem+json too, never the server's default HTML page.
 */
@ApplicationScoped
public class HttpFallbacks {

    private final ObjectMapper json;
    private final OporaConfig config;

    HttpFallbacks(ObjectMapper json, OporaConfig config) {
        this.json = json;
        this.config = config;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            long limit = limitFor(ctx.request().path(), ctx.request().getHeader(HttpHeaders.CONTENT_TYPE));
            if (length != null && isLonger(length, limit)) {
                write(ctx, 413, "payload-too-large", "Слишком большой запрос",
                        "Тело запроса больше " + limit / 1024 + " КБ.");
            } else {
                ctx.next();
            }
        });
        router.route().order(Integer.MAX_VALUE).handler(ctx -> write(ctx, 404, "not-found", "Не найдено",
                "Такого адреса нет."));
        router.route().order(Integer.MIN_VALUE).failureHandler(ctx -> {
            int status = ctx.statusCode();
            if (status == 413) {
                write(ctx, 413, "payload-too-large", "Слишком большой запрос",
                        "Тело запроса превышает допустимый размер.");
            } else if (status == 400 && ctx.failure() == null) {
                write(ctx, 400, "bad-request", "Некорректный запрос", "Запрос не удалось прочитать.");
            } else {
                ctx.next();
            }
        });
    }

    /**
     * Bulk imports of values and assessment results may be national files; file uploads (multipart, or a filled
     * XLSX template as the body) carry a whole file; everything else is JSON-sized.
     */
    private long limitFor(String path, String contentType) {
        if (path != null && path.startsWith(BULK_IMPORTS)) {
            return config.exchange().maxImportBytes();
        }
        String type = contentType == null ? "" : contentType.toLowerCase(java.util.Locale.ROOT);
        boolean upload = type.startsWith("multipart/") || type.startsWith(DocumentFormat.XLSX_TYPE);
        return upload ? config.uploads().maxFileBytes() + MULTIPART_ENVELOPE_BYTES : config.maxRequestBodyBytes();
    }

    private static final long MULTIPART_ENVELOPE_BYTES = 64 * 1024;
    private static final String BULK_IMPORTS = "/api/v1/indicator-values/";

    private static boolean isLonger(String contentLength, long limit) {
        try {
            return Long.parseLong(contentLength.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void write(RoutingContext ctx, int status, String type, String title, String detail) {
        write(ctx, status, type, title, detail, null);
    }

    /** Answers the request with a problem+json of its own, before any resource is reached. */
    void write(RoutingContext ctx, int status, String type, String title, String detail,
               java.util.List<ru.opora.common.error.FieldError> errors) {
        if (ctx.response().ended() || ctx.response().headWritten()) {
            return;
        }
        Problem problem = new Problem(ProblemMappers.TYPE_PREFIX + type, title, status, detail,
                ctx.request().path().length() > 2048 ? null : ctx.request().path(),
                errors == null || errors.isEmpty() ? null : errors);
        try {
            ctx.response().setStatusCode(status)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(problem));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            ctx.response().setStatusCode(status).end();
        }
    }
}

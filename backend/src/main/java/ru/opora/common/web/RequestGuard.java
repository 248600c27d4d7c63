package ru.opora.common.web;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ru.opora.common.error.FieldError;
import ru.opora.config.OporaConfig;

/**
 * Every request is read here once, before routing, authentication and any resource: the request line and the
 * headers must be within their limits (414, 431), every query parameter, the path and every header must be text
 * that can be kept (400 naming it: the character 0, a bad %-escape, bytes that are not UTF-8), and a body must say
 * its type (415). So no endpoint can meet such input, and a new one is covered without doing anything.
 *
 * <p>The HTTP decoder's own limits ({@code quarkus.http.limits.max-initial-line-length}, {@code max-header-size})
 * are set well above these, because what it refuses itself gets an answer without a body.
 */
@ApplicationScoped
public class RequestGuard {

    private final HttpFallbacks answers;
    private final OporaConfig.Requests limits;

    RequestGuard(HttpFallbacks answers, OporaConfig config) {
        this.answers = answers;
        this.limits = config.requests();
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (request.uri().length() > limits.maxUriLength()) {
            answers.write(ctx, 414, "uri-too-long", "Слишком длинный адрес",
                    "Адрес запроса длиннее " + limits.maxUriLength() + " символов; передайте условия короче.", null);
            return;
        }
        long headerBytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headerBytes += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headerBytes > limits.maxHeaderBytes()) {
            answers.write(ctx, 431, "headers-too-large", "Слишком большие заголовки",
                    "Заголовки запроса больше " + limits.maxHeaderBytes() / 1024 + " КБ.", null);
            return;
        }
        List<FieldError> errors = new ArrayList<>();
        checkPath(request.path(), errors);
        checkQuery(request.query(), errors);
        for (Map.Entry<String, String> header : request.headers()) {
            String problem = RequestText.problem(header.getValue());
            if (problem == null && hasControl(header.getValue())) {
                problem = "содержит управляющий символ";
            }
            if (problem != null) {
                errors.add(new FieldError(header.getKey(), problem));
            }
        }
        if (!errors.isEmpty()) {
            answers.write(ctx, 400, "bad-request", "Некорректный запрос", FieldError.summary(errors), errors);
            return;
        }
        if (sendsBody(request) && request.getHeader(HttpHeaders.CONTENT_TYPE) == null) {
            answers.write(ctx, 415, "unsupported-media-type", "Неподдерживаемый формат",
                    "У тела запроса нет заголовка Content-Type: укажите его (например, application/json).",
                    List.of(new FieldError("Content-Type", "не указан")));
            return;
        }
        ctx.next();
    }

    private static void checkPath(String path, List<FieldError> errors) {
        if (path == null) {
            return;
        }
        String decoded = RequestText.decode(path, false);
        String problem = decoded == null ? RequestText.NOT_UTF8 : RequestText.problem(decoded);
        if (problem != null) {
            errors.add(new FieldError("path", problem));
        }
    }

    private static void checkQuery(String query, List<FieldError> errors) {
        if (query == null || query.isEmpty()) {
            return;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String rawName = equals < 0 ? pair : pair.substring(0, equals);
            String name = RequestText.decode(rawName, true);
            if (name == null || RequestText.problem(name) != null) {
                errors.add(new FieldError("query", "имя параметра " + RequestText.NOT_UTF8 + " или содержит символ 0"));
                continue;
            }
            String value = equals < 0 ? "" : RequestText.decode(pair.substring(equals + 1), true);
            String problem = value == null ? RequestText.NOT_UTF8 : RequestText.problem(value);
            if (problem != null) {
                errors.add(new FieldError(name, problem));
            }
        }
    }

    /** A header value holds a control character other than a tab (HTTP allows none, PostgreSQL not the 0). */
    private static boolean hasControl(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 && c != '\t' || c == 0x7f) {
                return true;
            }
        }
        return false;
    }

    private static boolean sendsBody(HttpServerRequest request) {
        HttpMethod method = request.method();
        if (method != HttpMethod.POST && method != HttpMethod.PUT && method != HttpMethod.PATCH) {
            return false;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
        }
        return !length.strip().equals("0");
    }
}

package ru.opora.common.audit;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Gives every API request its id ({@link RequestTrace}) and answers it in the {@code X-Request-Id} header; takes the
 * caller's reason for its changes from {@code X-Change-Reason}.
 */
public class RequestTraceFilter {

    private final RequestTrace trace;

    RequestTraceFilter(RequestTrace trace) {
        this.trace = trace;
    }

    @ServerRequestFilter(preMatching = true)
    void begin(ContainerRequestContext request) {
        trace.begin(request.getHeaderString(RequestTrace.HEADER));
        trace.reason(request.getHeaderString(RequestTrace.REASON_HEADER));
    }

    @ServerResponseFilter
    void answer(ContainerResponseContext response) {
        if (trace.id() != null) {
            response.getHeaders().putSingle(RequestTrace.HEADER, trace.id());
        }
    }
}

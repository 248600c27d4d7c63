package ru.opora.common.audit;

import java.util.Optional;
import java.util.function.Supplier;

/** Names the actor of changes made outside an HTTP request, such as the demo data loader. */
public final class AuditActor {

    private static final ThreadLocal<String> ACTOR = new ThreadLocal<>();

    private AuditActor() {
    }

    public static <T> T as(String actor, Supplier<T> work) {
        ACTOR.set(actor);
        try {
            return work.get();
        } finally {
            ACTOR.remove();
        }
    }

    static Optional<String> current() {
        return Optional.ofNullable(ACTOR.get());
    }
}

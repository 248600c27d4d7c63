package ru.opora.security;

import java.util.function.BiConsumer;
import ru.opora.common.error.ApiException;

/**
 * Whether an object named in the path lies within the caller's scope. A refusal by role (403) must not come before
 * «not found» for an object outside the scope (README «Доступ»: 401 → 404 → 403 → …), yet the role is checked before
 * the method runs; so when a role is refused, {@link ScopeProbes} asks the probes of the path's objects first. Each
 * feature declares one probe per path parameter it owns, over the same {@code visible} check its service uses.
 */
public interface ScopeProbe {

    /** The path parameter naming the object, e.g. {@code schoolId}. */
    String parameter();

    /** Whether the object exists and the caller may see it; runs inside a transaction. */
    boolean sees(Caller caller, long id);

    /** A probe over a feature's {@code visible(caller, id)}, which answers «not found» (404) outside the scope. */
    static ScopeProbe of(String parameter, BiConsumer<Caller, Long> visible) {
        return new ScopeProbe() {
            @Override
            public String parameter() {
                return parameter;
            }

            @Override
            public boolean sees(Caller caller, long id) {
                try {
                    visible.accept(caller, id);
                    return true;
                } catch (ApiException e) {
                    if (e.status() == 404) {
                        return false;
                    }
                    throw e;
                }
            }
        };
    }
}

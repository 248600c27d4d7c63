package ru.opora.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The organisations that tokens name, by type and code, kept for a short time so that a request does not go to the
 * database only to learn who is calling. It holds registry facts, not state: every instance fills its own, an entry
 * lives {@link #TTL} at most, and a change of a region, municipality or school through this instance empties it at
 * once ({@link OrganisationCacheEviction}); another instance sees a rename within {@link #TTL}. Scope still comes from
 * the token on every request: only the organisation's id, name and parents are kept.
 */
@ApplicationScoped
public class OrganisationCache {

    /** How long another instance may show an organisation's previous name. */
    static final Duration TTL = Duration.ofSeconds(30);
    /** Far more than the registry's organisations that sign in within {@link #TTL}; a bound, not a tuning knob. */
    private static final int MAX_ENTRIES = 50_000;

    /** What a caller's organisation resolves to. */
    public record Organisation(long id, String code, String name, long regionId, Long municipalityId, Long schoolId) {
    }

    private record Key(OrganisationType type, String code) {
    }

    private record Entry(Optional<Organisation> organisation, long expiresAt) {
    }

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

    /** The organisation of this type and code, from the cache or else from {@code load} (which may find none). */
    public Optional<Organisation> get(OrganisationType type, String code, Supplier<Optional<Organisation>> load) {
        Key key = new Key(type, code);
        long now = System.nanoTime();
        Entry entry = entries.get(key);
        if (entry != null && now - entry.expiresAt() < 0) {
            return entry.organisation();
        }
        Optional<Organisation> loaded = load.get();
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        // An unknown code is kept too, so that a token of a removed organisation does not query on every request.
        entries.put(key, new Entry(loaded, now + TTL.toNanos()));
        return loaded;
    }

    /** Forgets everything: an organisation was changed (renamed, moved, recoded) or removed. */
    public void clear() {
        entries.clear();
    }
}

package ru.opora.common.persistence;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.function.Supplier;

/**
 * Answers kept by this instance under the database stamps they were built at (see V17__read_stamps.sql). A caller
 * reads the current stamps first, in one statement, and gets the kept answer only if they are the same; otherwise the
 * answer is built again and kept under the stamps read before it was built, so it is never older than its stamps. The
 * stamps move in the same transaction as every write, whichever instance or path makes it, so no instance hands out
 * an answer that a committed change has made wrong: this is memory, not state.
 *
 * @param <K> what the answer is of (e.g. a roadmap and a date), without the stamps
 * @param <V> the answer, immutable
 */
public final class StampedCache<K, V> {

    private record Entry<V>(Object stamps, V value) {
    }

    private final Cache<K, Entry<V>> entries;

    public StampedCache(long maximumSize) {
        this.entries = Caffeine.newBuilder().maximumSize(maximumSize).build();
    }

    /** The answer kept for {@code key} at exactly these {@code stamps}, else {@code build}'s, kept for next time. */
    public V get(K key, Object stamps, Supplier<V> build) {
        Entry<V> entry = entries.getIfPresent(key);
        if (entry != null && entry.stamps().equals(stamps)) {
            return entry.value();
        }
        V value = build.get();
        entries.put(key, new Entry<>(stamps, value));
        return value;
    }
}

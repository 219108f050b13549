package org.corridor.benchmark.measure;

import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Tells whether loading an aggregate for a command found it in the platform's aggregate cache. The platform's
 * cache is wrapped, not replaced: every call goes through to it, and each lookup's outcome is noted under the
 * aggregate id until the benchmark, having sent the command, {@link #take}s it.
 */
public final class CacheLookups {

    public enum Outcome { HIT, MISS, NO_CACHE }

    private final Map<Object, Boolean> outcomes = new ConcurrentHashMap<>();
    private volatile String cacheDescription = "none";

    /** Wraps the platform's cache for one aggregate type's repository. */
    public Cache observe(Cache platformCache) {
        cacheDescription = platformCache.getClass().getName();
        return new ObservedCache(platformCache);
    }

    /** The outcome of the last lookup of {@code aggregateId}, forgotten once taken. */
    public Outcome take(String aggregateId) {
        Boolean hit = outcomes.remove(aggregateId);
        return hit == null ? Outcome.NO_CACHE : hit ? Outcome.HIT : Outcome.MISS;
    }

    /** The platform's cache class, or "none" when it offers no {@code aggregateCache} bean. */
    public String cacheDescription() {
        return cacheDescription;
    }

    private final class ObservedCache implements Cache {

        private final Cache delegate;

        ObservedCache(Cache delegate) {
            this.delegate = delegate;
        }

        @Override
        public <K, V> V get(K key) {
            V value = delegate.get(key);
            outcomes.put(key, value != null);
            return value;
        }

        @Override
        public void put(Object key, Object value) {
            delegate.put(key, value);
        }

        @Override
        public boolean putIfAbsent(Object key, Object value) {
            return delegate.putIfAbsent(key, value);
        }

        @Override
        public <T> T computeIfAbsent(Object key, Supplier<T> valueSupplier) {
            return delegate.computeIfAbsent(key, valueSupplier);
        }

        @Override
        public boolean remove(Object key) {
            return delegate.remove(key);
        }

        @Override
        public void removeAll() {
            delegate.removeAll();
        }

        @Override
        public boolean containsKey(Object key) {
            return delegate.containsKey(key);
        }

        @Override
        public Registration registerCacheEntryListener(EntryListener cacheEntryListener) {
            return delegate.registerCacheEntryListener(cacheEntryListener);
        }

        @Override
        public <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
            delegate.computeIfPresent(key, update);
        }
    }
}

package org.corridor.kernel.eventstore;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;

import java.util.List;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * An Axon {@link Cache} holding at most a fixed number of entries by strong reference, evicting the least recently
 * and frequently used (Caffeine). Unlike Axon's {@code WeakReferenceCache}, entries survive garbage collection.
 */
public final class BoundedCache implements Cache {

    private final com.github.benmanes.caffeine.cache.Cache<Object, Object> entries;
    private final ConcurrentMap<Object, Object> view;
    private final List<EntryListener> listeners = new CopyOnWriteArrayList<>();

    public BoundedCache(long maximumSize) {
        if (maximumSize < 1) {
            throw new IllegalArgumentException("a bounded cache needs room for at least one entry: " + maximumSize);
        }
        this.entries = Caffeine.newBuilder()
                .maximumSize(maximumSize)
                // evict on the writing thread rather than in the common pool, which other work may be holding up
                .executor(Runnable::run)
                .evictionListener((Object key, Object value, RemovalCause cause) -> {
                    if (cause.wasEvicted()) {
                        listeners.forEach(listener -> listener.onEntryExpired(key));
                    }
                })
                .build();
        this.view = entries.asMap();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        Object value = view.get(key);
        if (value != null) {
            listeners.forEach(listener -> listener.onEntryRead(key, value));
        }
        return (V) value;
    }

    @Override
    public void put(Object key, Object value) {
        Object previous = view.put(key, value);
        listeners.forEach(listener -> {
            if (previous == null) {
                listener.onEntryCreated(key, value);
            } else {
                listener.onEntryUpdated(key, value);
            }
        });
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        boolean added = view.putIfAbsent(key, value) == null;
        if (added) {
            listeners.forEach(listener -> listener.onEntryCreated(key, value));
        }
        return added;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T computeIfAbsent(Object key, Supplier<T> valueSupplier) {
        boolean[] created = {false};
        Object value = view.computeIfAbsent(key, k -> {
            T newValue = valueSupplier.get();
            if (newValue == null) {
                throw new IllegalArgumentException("Value Supplier of Cache produced a null value for key [" + key + "]!");
            }
            created[0] = true;
            return newValue;
        });
        if (created[0]) {
            listeners.forEach(listener -> listener.onEntryCreated(key, value));
        }
        return (T) value;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
        boolean[] present = {false};
        Object updated = view.computeIfPresent(key, (k, value) -> {
            present[0] = true;
            return update.apply((V) value);
        });
        if (!present[0]) {
            return;
        }
        listeners.forEach(listener -> {
            if (updated != null) {
                listener.onEntryUpdated(key, updated);
            } else {
                listener.onEntryRemoved(key);
            }
        });
    }

    @Override
    public boolean remove(Object key) {
        boolean removed = view.remove(key) != null;
        if (removed) {
            listeners.forEach(listener -> listener.onEntryRemoved(key));
        }
        return removed;
    }

    @Override
    public void removeAll() {
        view.keySet().forEach(this::remove);
    }

    @Override
    public boolean containsKey(Object key) {
        return view.containsKey(key);
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Entries held now; at most the maximum size. */
    public long size() {
        entries.cleanUp();
        return entries.estimatedSize();
    }
}

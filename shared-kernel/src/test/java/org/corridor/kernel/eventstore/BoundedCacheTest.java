package org.corridor.kernel.eventstore;

import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BoundedCacheTest {

    @Test
    void it_holds_no_more_entries_than_its_bound_and_says_which_it_evicted() {
        BoundedCache cache = new BoundedCache(100);
        List<Object> evicted = new ArrayList<>();
        cache.registerCacheEntryListener(new Cache.EntryListenerAdapter() {
            @Override
            public void onEntryExpired(Object key) {
                evicted.add(key);
            }
        });

        for (int i = 0; i < 150; i++) {
            cache.put("aggregate-" + i, new Object());
        }

        assertThat(cache.size()).isEqualTo(100);
        assertThat(evicted).hasSize(50).allSatisfy(key -> assertThat(cache.containsKey(key)).isFalse());
    }

    @Test
    void its_entries_survive_garbage_collection() {
        BoundedCache cache = new BoundedCache(100);
        for (int i = 0; i < 10; i++) {
            cache.put("aggregate-" + i, new Object());
        }

        System.gc();

        for (int i = 0; i < 10; i++) {
            assertThat(cache.<String, Object>get("aggregate-" + i)).isNotNull();
        }
    }

    @Test
    void listeners_hear_of_every_change() {
        BoundedCache cache = new BoundedCache(10);
        List<String> heard = new ArrayList<>();
        cache.registerCacheEntryListener(new Cache.EntryListenerAdapter() {
            @Override
            public void onEntryCreated(Object key, Object value) {
                heard.add("created " + key + "=" + value);
            }

            @Override
            public void onEntryUpdated(Object key, Object value) {
                heard.add("updated " + key + "=" + value);
            }

            @Override
            public void onEntryRead(Object key, Object value) {
                heard.add("read " + key + "=" + value);
            }

            @Override
            public void onEntryRemoved(Object key) {
                heard.add("removed " + key);
            }
        });

        cache.put("a", 1);
        cache.put("a", 2);
        cache.get("a");
        cache.putIfAbsent("a", 3);
        cache.<Integer>computeIfPresent("a", value -> value + 1);
        cache.remove("a");
        cache.computeIfAbsent("b", () -> 5);

        assertThat(heard).containsExactly("created a=1", "updated a=2", "read a=2", "updated a=3", "removed a",
                "created b=5");
    }

    @Test
    void a_bound_below_one_is_refused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new BoundedCache(0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

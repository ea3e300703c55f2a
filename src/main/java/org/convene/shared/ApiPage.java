package org.convene.shared;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.function.BiFunction;

/** One page of a list the API returns: its items, and which page of what size it is. */
public record ApiPage<T>(List<T> items, int page, int size) {

    /** How a caller asks for a page, from the query ({@code ?page=2&size=20}); both optional. */
    public record Request(@Min(0) @Max(100_000) Integer page, @Min(1) @Max(100) Integer size) {

        public int number() {
            return page == null ? 0 : page;
        }

        public int count() {
            return size == null ? 50 : size;
        }

        /** The page that {@code find} (given the page number and size) returns. */
        public <T> ApiPage<T> of(BiFunction<Integer, Integer, List<T>> find) {
            return new ApiPage<>(find.apply(number(), count()), number(), count());
        }
    }
}

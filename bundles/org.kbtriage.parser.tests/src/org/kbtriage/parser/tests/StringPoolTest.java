package org.kbtriage.parser.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kbtriage.parser.internal.StringPool;

class StringPoolTest {

    @Test
    void equalStringsShareOneInstanceAsThePoolGrows() {
        StringPool pool = new StringPool();
        List<String> first = new ArrayList<>();
        // More names than the table's first capacity: it grows several times and must find every one again.
        for (int i = 0; i < 5000; i++) {
            first.add(pool.get(new String("MODULE" + i + "!Function")));
        }
        for (int i = 0; i < 5000; i++) {
            String again = new String("MODULE" + i + "!Function");
            assertNotSame(again, first.get(i));
            assertSame(first.get(i), pool.get(again), again);
        }
        assertEquals("MODULE42!Function", first.get(42));
        assertEquals("", pool.get(""));
        assertNull(pool.get((String) null));
    }
}

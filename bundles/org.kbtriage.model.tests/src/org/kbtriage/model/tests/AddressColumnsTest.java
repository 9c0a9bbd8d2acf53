package org.kbtriage.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kbtriage.model.values.AddressColumns;

class AddressColumnsTest {

    @Test
    void framePointerColumnsPrintAsTheyWereRead() {
        AddressColumns columns = AddressColumns.valueOf("0012f9c4 00401b7e 00163d48 0012fa10 00000000");

        assertFalse(columns.isStackPointerFirst());
        assertEquals("0012f9c4", columns.framePointer());
        assertNull(columns.stackPointer());
        assertEquals("00401b7e", columns.returnAddress());
        assertEquals(List.of("00163d48", "0012fa10", "00000000"), columns.arguments());
        assertEquals(0x00401b7eL, columns.value(1));
        assertEquals("0012f9c4 00401b7e 00163d48 0012fa10 00000000", columns.toString());
    }

    @Test
    void stackPointerColumnsKeepTheirBacktickAndPlaceholders() {
        AddressColumns columns = AddressColumns.valueOf("sp:00000000`0223f6d0 --------`-------- 000007FE`F3A42D17");

        assertTrue(columns.isStackPointerFirst());
        assertNull(columns.framePointer());
        assertEquals("00000000`0223f6d0", columns.stackPointer());
        assertNull(columns.returnAddress(), "a placeholder has no value");
        assertTrue(columns.isPlaceholder(1));
        assertEquals(List.of("000007FE`F3A42D17"), columns.arguments(), "upper-case digits stay upper case");
        assertEquals(0x000007fef3a42d17L, columns.value(2));
        assertEquals("sp:00000000`0223f6d0 --------`-------- 000007FE`F3A42D17", columns.toString());
    }

    @Test
    void mixedStylesRoundTrip() {
        String printed = "0x0012F9E8 0012fb2c ffffffff80001000";
        AddressColumns columns = AddressColumns.valueOf(printed);

        assertEquals(printed, columns.toString());
        assertEquals(columns, AddressColumns.valueOf(columns.toString()));
        assertEquals(0xffffffff80001000L, columns.value(2), "sixteen digits fill the whole long");
    }

    @Test
    void theBuilderReadsColumnsOutOfALine() {
        String line = "0213fd2c 77e4a5b2 00000000 MAPI32!HrFoo+0x1c";
        AddressColumns.Builder builder = new AddressColumns.Builder();

        assertTrue(builder.add(line, 0, 8));
        assertTrue(builder.add(line, 9, 17));
        assertFalse(builder.add(line, 27, 33), "a module name is not a column");
        assertEquals(2, builder.size());
        assertEquals("0213fd2c 77e4a5b2", builder.build(false).toString());
        assertNull(builder.clear().build(false), "no columns, no value");
    }

    @Test
    void rejectsWhatIsNotAnAddressColumn() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> AddressColumns.valueOf("0012f9c4 12345"));
        assertTrue(error.getMessage().contains("'12345'"), error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> AddressColumns.valueOf("0012f9c4`0040"));
    }

    @Test
    void manyOrWideColumnsReadTheSameAsFewNarrowOnes() {
        // Up to six 32-bit columns are kept in fields, more (or wider) ones in an array: both must behave alike.
        String seven = "0012f9c4 00401b7e 00000001 00000002 00000003 00000004 ffffffff";
        AddressColumns many = AddressColumns.valueOf(seven);
        AddressColumns six = AddressColumns.valueOf(seven.substring(0, seven.lastIndexOf(' ')));

        assertEquals(7, many.size());
        assertEquals(0xffffffffL, many.value(6));
        assertEquals(0xffffffffL, AddressColumns.valueOf("0012f9c4 ffffffff").value(1), "the top bit is not a sign");
        assertEquals(List.of("00000001", "00000002", "00000003", "00000004"), six.arguments());
        assertEquals(seven, many.toString());
        assertFalse(many.equals(six));
        assertEquals(six, AddressColumns.valueOf(six.toString()));
        assertEquals(six.hashCode(), AddressColumns.valueOf(six.toString()).hashCode());
        assertThrows(IndexOutOfBoundsException.class, () -> six.value(6));
        assertEquals(0x0012f9c4L, AddressColumns.valueOf("00000000`0012f9c4 00401b7e").value(0));
        assertFalse(AddressColumns.valueOf("00000000`0012f9c4 00401b7e").equals(AddressColumns.valueOf("0012f9c4 00401b7e")),
                "the same numbers printed in another style are another value");
    }

    @Test
    void columnsWithoutLettersTakeTheCaseOfTheOthers() {
        // Dr. Watson prints upper-case hex: a column of digits alone must not split the columns into two styles.
        AddressColumns upper = AddressColumns.valueOf("0012FDFE 00000000 7C80B713");

        assertEquals("0012FDFE 00000000 7C80B713", upper.toString());
        assertEquals(AddressColumns.UPPER_CASE, upper.style(1));
        assertEquals(upper, AddressColumns.valueOf(upper.toString()));

        AddressColumns mixed = AddressColumns.valueOf("0012FDFE 0012fdfe 00000000");
        assertEquals("0012FDFE 0012fdfe 00000000", mixed.toString(), "letters of either case keep it");
        assertEquals(0, mixed.style(2));
        assertEquals(mixed, AddressColumns.valueOf(mixed.toString()));
        assertFalse(mixed.equals(AddressColumns.valueOf("0012FDFE 0012FDFE 00000000")));
    }
}

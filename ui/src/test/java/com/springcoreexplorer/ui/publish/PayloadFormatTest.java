package com.springcoreexplorer.ui.publish;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PayloadFormatTest {

    @Test
    void jsonValidationSaysWhere() {
        assertThat(PayloadFormat.JSON.problem("{\"Sequence\":35}")).isEmpty();
        assertThat(PayloadFormat.JSON.problem("{\"Leds\":\"92929292\",\"Buzzer\":100}"))
                .isEmpty();
        assertThat(PayloadFormat.JSON.problem("{\"Sequence\":"))
                .contains("line 1")
                .contains("ends too early");
        assertThat(PayloadFormat.JSON.problem("{\n\"a\" 1}"))
                .contains("line 2, column 5")
                .contains("':'");
        assertThat(PayloadFormat.JSON.problem("[1,]")).contains("expected a value");
        assertThat(PayloadFormat.JSON.problem("01")).contains("malformed number");
    }

    @Test
    void hexNeedsPairsOfHexDigits() {
        assertThat(PayloadFormat.HEX.problem("00 41 ff")).isEmpty();
        assertThat(PayloadFormat.HEX.bytes("00 41 ff")).containsExactly(0x00, 0x41, 0xff);
        assertThat(PayloadFormat.HEX.problem("0")).contains("two digits");
        assertThat(PayloadFormat.HEX.problem("zz")).contains("0-9");
        assertThat(PayloadFormat.TEXT.problem("anything")).isEmpty();
    }
}

package org.jdarts.space.op;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class OperationParameterTest {

    private static String refusal(OperationParameter p, Object value) {
        return assertThrows(IllegalArgumentException.class, () -> p.parse(value)).getMessage();
    }

    @Test
    void integersAreWholeNumbersInRangeThatObeyTheirRule() {
        OperationParameter k = OperationParameter.integer("k", "kernel length", 7, 1, 15).where(v -> v % 2 == 1, "odd");
        assertEquals(5L, k.parse(5));
        assertEquals(5L, k.parse(5.0));
        assertEquals("k must be odd, got 4", refusal(k, 4));
        assertEquals("k must be an integer, got 4.5", refusal(k, 4.5));
        assertEquals("k must be an integer in [1, 15], got 17", refusal(k, 17));
        assertEquals("k must be an integer, got 'seven'", refusal(k, "seven"));
        assertEquals("integer in [1, 15], odd", k.validValues());
        assertEquals(7L, k.defaultValue());
    }

    @Test
    void realsAndChoices() {
        OperationParameter t = OperationParameter.real("t", "ratio", 2, 1, 8);
        assertEquals(1.5, t.parse(1.5));
        assertEquals("t must be a number in [1, 8], got 0.5", refusal(t, 0.5));
        OperationParameter act = OperationParameter.choice("act", "activation", "relu", List.of("relu", "relu6"));
        assertEquals("relu6", act.parse("relu6"));
        assertEquals("act must be one of relu, relu6, got 'gelu'", refusal(act, "gelu"));
        assertEquals("act must be one of relu, relu6, got 3", refusal(act, 3));
    }

    @Test
    void aDeclarationWhoseDefaultBreaksItsOwnRuleIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OperationParameter.integer("k", "kernel", 4, 1, 15).where(v -> v % 2 == 1, "odd"));
        assertEquals("parameter 'k': its default is invalid: k must be odd, got 4", e.getMessage());
    }
}

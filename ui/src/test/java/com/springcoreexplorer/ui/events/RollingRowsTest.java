package com.springcoreexplorer.ui.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

class RollingRowsTest {

    @Test
    void appendsAtTheEndAndDropsTheOldestInOneChangeEach() {
        RollingRows<Integer> rows = new RollingRows<>();
        List<String> changes = new ArrayList<>();
        rows.addListener((ListChangeListener<Integer>) change -> {
            while (change.next()) {
                changes.add((change.wasAdded() ? "+" + change.getFrom() + ".." + change.getTo() : "")
                        + (change.wasRemoved()
                                ? "-" + change.getFrom() + " x" + change.getRemovedSize() + " first "
                                        + change.getRemoved().getFirst()
                                : ""));
            }
        });
        rows.appendAll(range(0, 1_500));
        rows.removeOldest(1_000);
        rows.appendAll(range(1_500, 2_700));
        assertThat(rows).containsExactlyElementsOf(range(1_000, 2_700));
        assertThat(changes).containsExactly("+0..1500", "-0 x1000 first 0", "+500..1700");

        // wrapped around the ring more than once, then grown: order survives
        for (int round = 0; round < 5; round++) {
            rows.removeOldest(600);
            rows.appendAll(range(2_700 + round * 600, 3_300 + round * 600));
        }
        rows.appendAll(range(5_700, 8_000));
        assertThat(rows).containsExactlyElementsOf(range(4_000, 8_000));

        rows.removeAllRows();
        assertThat(rows).isEmpty();
        rows.appendAll(List.of(1, 2));
        assertThat(rows).containsExactly(1, 2);
    }

    private static List<Integer> range(int from, int to) {
        return IntStream.range(from, to).boxed().toList();
    }
}

package com.springcoreexplorer.ui.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.springcoreexplorer.ui.testing.Fx;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The event table keeps the newest rows within a row count and a byte budget, and counts every row that left. */
class TagEventsViewModelTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void typicalEventsAreBoundByCountLongBeforeTheByteBudget() {
        TagEventRow typical = row(0, 16);
        assertThat(typical.estimatedBytes() * TagEventsViewModel.MAX_ROWS)
                .as("20,000 typical rows")
                .isLessThan(TagEventsViewModel.MAX_ROW_BYTES / 2);

        Fx.run(() -> {
            TagEventsViewModel model = new TagEventsViewModel();
            int sent = TagEventsViewModel.MAX_ROWS + 500;
            model.append(rows(0, sent, 16), 0);
            showNow(model);

            assertThat(model.visibleRows()).hasSize(TagEventsViewModel.MAX_ROWS);
            assertThat(model.visibleRows().getLast().tagId()).isEqualTo(tagId(sent - 1));
            assertThat(model.notShownProperty().get()).isEqualTo(500);
            assertThat(model.totalProperty().get()).isEqualTo(sent);
        });
    }

    @Test
    void rowsWithLongTagDataLeaveOldestFirstToStayInTheByteBudget() {
        long rowBytes = row(0, 4_000).estimatedBytes();
        long budget = 10 * rowBytes + rowBytes / 2; // room for ten and a half
        Fx.run(() -> {
            TagEventsViewModel model = new TagEventsViewModel(1_000, budget);
            for (int pulse = 0; pulse < 5; pulse++) {
                model.append(rows(pulse * 6, 6, 4_000), 0);
                showNow(model);
            }

            assertThat(model.visibleRows()).extracting(TagEventRow::tagId).containsExactlyElementsOf(tagIds(20, 10));
            assertThat(model.rowBytes()).isEqualTo(10 * rowBytes).isLessThanOrEqualTo(budget);
            assertThat(model.notShownProperty().get()).as("left the table").isEqualTo(20);
            assertThat(model.totalProperty().get()).isEqualTo(30);
        });
    }

    @Test
    void oneLargeRowPushesOutAsManySmallOnesAsItNeeds() {
        long small = row(0, 16).estimatedBytes();
        long large = row(0, 6_000).estimatedBytes();
        long budget = 40 * small;
        Fx.run(() -> {
            TagEventsViewModel model = new TagEventsViewModel(1_000, budget);
            model.append(rows(0, 40, 16), 0);
            showNow(model);
            assertThat(model.visibleRows()).hasSize(40);
            assertThat(model.notShownProperty().get()).isZero();

            model.append(List.of(row(40, 6_000)), 0);
            showNow(model);

            long leaving = (large + small - 1) / small; // the small rows it takes to make room
            assertThat(model.visibleRows()).hasSize((int) (40 - leaving + 1));
            assertThat(model.visibleRows().getFirst().tagId()).isEqualTo(tagId((int) leaving));
            assertThat(model.visibleRows().getLast().tagId()).isEqualTo(tagId(40));
            assertThat(model.rowBytes()).isLessThanOrEqualTo(budget);
            assertThat(model.notShownProperty().get()).isEqualTo(leaving);
        });
    }

    @Test
    void rowsHeldWhilePausedStayInTheBudgetAndArriveOnResume() {
        long rowBytes = row(0, 4_000).estimatedBytes();
        Fx.run(() -> {
            TagEventsViewModel model = new TagEventsViewModel(1_000, 5 * rowBytes);
            model.pausedProperty().set(true);
            model.append(rows(0, 8, 4_000), 0);
            model.append(rows(8, 4, 4_000), 0);

            assertThat(model.waitingProperty().get()).isEqualTo(5);
            assertThat(model.visibleRows()).isEmpty();

            model.pausedProperty().set(false);
            showNow(model);
            assertThat(model.visibleRows()).extracting(TagEventRow::tagId).containsExactlyElementsOf(tagIds(7, 5));
            assertThat(model.waitingProperty().get()).isZero();
            assertThat(model.notShownProperty().get()).isEqualTo(7);
            assertThat(model.totalProperty().get()).isEqualTo(12);
        });
    }

    @Test
    void clearForgetsTheRowsAndTheirBytes() {
        Fx.run(() -> {
            TagEventsViewModel model = new TagEventsViewModel(1_000, 1_000_000);
            model.append(rows(0, 10, 500), 0);
            showNow(model);
            assertThat(model.rowBytes()).isEqualTo(10 * row(0, 500).estimatedBytes());

            model.clear();
            assertThat(model.visibleRows()).isEmpty();
            assertThat(model.rowBytes()).isZero();
        });
    }

    private static void showNow(TagEventsViewModel model) {
        model.showPendingIfDue(System.nanoTime() + 10_000_000_000L);
    }

    private static List<TagEventRow> rows(int first, int count, int dataChars) {
        List<TagEventRow> made = new ArrayList<>();
        for (int i = first; i < first + count; i++) {
            made.add(row(i, dataChars));
        }
        return made;
    }

    private static TagEventRow row(int number, int dataChars) {
        return new TagEventRow(
                Instant.parse("2026-12-05T10:00:00Z").plusMillis(number),
                "DA1275B0",
                "13.56",
                "NFC-A",
                tagId(number),
                "Insert",
                -50,
                "A".repeat(dataChars),
                "",
                "springcard/springcore/DA1275B0/rdr/evt");
    }

    private static String tagId(int number) {
        return String.format("04%012X", number);
    }

    private static List<String> tagIds(int first, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = first; i < first + count; i++) {
            ids.add(tagId(i));
        }
        return ids;
    }
}

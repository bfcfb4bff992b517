package com.springcoreexplorer.app.cli.record;

import com.springcoreexplorer.app.cli.CliFailure;
import com.springcoreexplorer.mqtt.profile.SubscriptionSpec;
import java.util.List;

/** {@code -t FILTER} values of the recording commands, checked before anything is opened. */
final class TopicFilters {

    private TopicFilters() {
    }

    static List<String> checked(List<String> filters) {
        if (filters == null) {
            return List.of();
        }
        for (String filter : filters) {
            String problem = SubscriptionSpec.filterProblem(filter);
            if (problem != null) {
                throw CliFailure.badInput(problem);
            }
        }
        return List.copyOf(filters);
    }
}

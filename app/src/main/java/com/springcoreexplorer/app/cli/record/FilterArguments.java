package com.springcoreexplorer.app.cli.record;

import com.springcoreexplorer.app.cli.CliFailure;
import com.springcoreexplorer.mqtt.topic.TopicFilters;
import java.util.List;

/** {@code -t FILTER} values of the recording commands, checked before anything is opened. */
final class FilterArguments {

    private FilterArguments() {}

    static List<String> checked(List<String> filters) {
        if (filters == null) {
            return List.of();
        }
        for (String filter : filters) {
            String problem = TopicFilters.problem(filter).orElse(null);
            if (problem != null) {
                throw CliFailure.badInput(problem);
            }
        }
        return List.copyOf(filters);
    }
}

package com.springcoreexplorer.ui.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProfileValidationTest {

    private static ProfileForm form(String name, String host, String identity, String prefix) {
        return new ProfileForm(name, host, 8883, identity, List.of(), "", true, prefix, List.of());
    }

    @Test
    void aBlankFormNamesEveryMissingFieldAndDefaultsAreSane() {
        ProfileForm blank = ProfileForm.blank();
        assertThat(blank.port()).isEqualTo(8883);
        assertThat(blank.mqtt5()).isTrue();
        assertThat(blank.clientId()).as("empty = the certificate's CN").isEmpty();
        assertThat(ProfileValidation.problems(blank, "8883", Set.of(), "springcard/springcore/#"))
                .containsOnlyKeys("name", "host", "identity");
    }

    @Test
    void checksPortNamesHostsAndFilters() {
        ProfileForm ok = form("Site A", "broker.example.com", "watcher", "springcard/springcore");
        assertThat(ProfileValidation.problems(ok, "8883", Set.of(), "springcard/springcore/#"))
                .isEmpty();
        assertThat(ProfileValidation.problems(ok, "88a3", Set.of(), "a/#")).containsKey("port");
        assertThat(ProfileValidation.problems(ok, "70000", Set.of(), "a/#").get("port"))
                .contains("65535");
        assertThat(ProfileValidation.problems(ok, "8883", Set.of("Site A"), "a/#")
                        .get("name"))
                .contains("exists");
        assertThat(ProfileValidation.problems(form("x", "mqtts://h", "w", "p"), "8883", Set.of(), "a/#"))
                .containsKey("host");
        assertThat(ProfileValidation.problems(ok, "8883", Set.of(), "a/#/b").get("subscriptions"))
                .contains("#");
        assertThat(ProfileValidation.problems(ok, "8883", Set.of(), "a/b+/c").get("subscriptions"))
                .contains("+");
        assertThat(ProfileValidation.problems(ok, "8883", Set.of(), "  ")).containsKey("subscriptions");
        assertThat(ProfileValidation.problems(form("x", "h", "w", "a/#"), "8883", Set.of(), "a/#"))
                .containsKey("prefix");
    }
}

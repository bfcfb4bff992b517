package com.springcoreexplorer.certstore;

import static org.assertj.core.api.Assertions.assertThat;

import com.springcoreexplorer.certstore.testing.TestStores;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTaskTest {

    private final ExecutorService worker = Executors.newSingleThreadExecutor();

    @TempDir
    Path data;

    @AfterEach
    void stop() {
        worker.shutdownNow();
    }

    @Test
    void typedFailuresComeOutUnwrapped() throws Exception {
        CertificateStore store = TestStores.open(data);
        var failure = StoreTask.async(() -> store.show("nobody"), worker);
        ExecutionException thrown = org.assertj.core.api.Assertions.catchThrowableOfType(
                ExecutionException.class, () -> failure.get(10, TimeUnit.SECONDS));
        assertThat(thrown.getCause()).isInstanceOf(CertStoreException.class);
        assertThat(((CertStoreException) thrown.getCause()).kind()).isEqualTo(CertStoreException.Kind.NOT_FOUND);
        assertThat(StoreTask.async(store::list, worker).get(10, TimeUnit.SECONDS))
                .isEmpty();
    }

    @Test
    void bugsBecomeInternalFailures() {
        var failure = StoreTask.async(
                () -> {
                    throw new IllegalStateException("a bug");
                },
                worker);
        ExecutionException thrown = org.assertj.core.api.Assertions.catchThrowableOfType(
                ExecutionException.class, () -> failure.get(10, TimeUnit.SECONDS));
        assertThat(((CertStoreException) thrown.getCause()).kind()).isEqualTo(CertStoreException.Kind.INTERNAL);
        assertThat(((CertStoreException) thrown.getCause()).userMessage())
                .contains("IllegalStateException")
                .doesNotContain("a bug");
    }
}

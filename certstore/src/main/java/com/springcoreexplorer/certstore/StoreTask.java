package com.springcoreexplorer.certstore;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.slf4j.LoggerFactory;

/**
 * A store operation to run off the FX thread. The future fails with a {@link CertStoreException}
 * (never wrapped, never a raw library exception): a bug's unchecked exception is logged and turned
 * into an INTERNAL failure with a user message.
 *
 * <pre>{@code StoreTask.async(() -> store.importPreview(files, passwords), worker).whenComplete(...)}</pre>
 */
@FunctionalInterface
public interface StoreTask<T> {

    T call() throws CertStoreException;

    static <T> CompletableFuture<T> async(StoreTask<T> task, Executor executor) {
        CompletableFuture<T> result = new CompletableFuture<>();
        executor.execute(() -> {
            try {
                result.complete(task.call());
            } catch (CertStoreException e) {
                result.completeExceptionally(e);
            } catch (RuntimeException | Error e) {
                LoggerFactory.getLogger(StoreTask.class).error("certificate store operation failed unexpectedly", e);
                result.completeExceptionally(new CertStoreException(
                        CertStoreException.Kind.INTERNAL,
                        null,
                        "unexpected failure in the certificate store ("
                                + e.getClass().getSimpleName() + "); details are in the log file",
                        e));
            }
        });
        return result;
    }
}

package com.springcoreexplorer.ui.connection;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The connection bar's and profile editor's port onto the mqtt engine (profiles, connection,
 * doctor). Blocking methods do file I/O: the view models call them on a worker, never the FX thread.
 * Failures the user must read come as {@link UserFacingException} (one line: what and what to do).
 */
public interface ConnectionService {

    /** Saved profiles, in file order. Blocking. */
    List<ProfileForm> profiles() throws UserFacingException;

    /** Adds or replaces a profile by name. Blocking. */
    void save(ProfileForm profile) throws UserFacingException;

    /** Deletes a profile. Blocking. */
    void remove(String profileName) throws UserFacingException;

    /** Stored certificate names with their CN, for the identity choice. Blocking. */
    List<IdentityChoice> identities() throws UserFacingException;

    /** Stored trust anchor names. Blocking. */
    List<String> trustAnchors() throws UserFacingException;

    /** Connects with the profile; fails with a {@link UserFacingException} saying why. */
    CompletableFuture<Void> connect(String profileName);

    /** Disconnects and stops reconnecting. */
    CompletableFuture<Void> disconnect();

    /** State changes, on an engine thread; returns the remover. The current state is sent at once. */
    AutoCloseable onStatus(Consumer<ConnectionStatus> listener);

    /** Runs the connection doctor on the profile as typed; steps arrive live on an engine thread; true when all passed. */
    CompletableFuture<Boolean> test(ProfileForm profile, Consumer<DoctorStep> steps);

    /** A stored identity to pick in the profile editor. */
    record IdentityChoice(String name, String commonName, com.springcoreexplorer.certstore.Role role) {}
}

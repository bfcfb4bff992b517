package com.springcoreexplorer.certstore.store;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.springcoreexplorer.certstore.Role;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the store keeps beside its PKCS#12 files, as JSON: display names, roles, notes and the
 * user's role mappings. Never a key, password or anything secret. Keyed by keystore alias.
 *
 * @param version      format version, for future migrations
 * @param identities   alias -> identity facts
 * @param trustAnchors alias -> anchor facts
 * @param roleMappings issuing CA SHA-256 (upper-case hex with colons) -> role
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StoreMetadata(
        int version,
        Map<String, IdentityMetadata> identities,
        Map<String, AnchorMetadata> trustAnchors,
        Map<String, Role> roleMappings) {

    public static final int CURRENT_VERSION = 1;

    public StoreMetadata {
        identities = identities == null ? Map.of() : Map.copyOf(identities);
        trustAnchors = trustAnchors == null ? Map.of() : Map.copyOf(trustAnchors);
        roleMappings = roleMappings == null ? Map.of() : Map.copyOf(roleMappings);
    }

    public static StoreMetadata empty() {
        return new StoreMetadata(CURRENT_VERSION, Map.of(), Map.of(), Map.of());
    }

    /** @param role the role at the last save or mapping change (recomputed on every listing) */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record IdentityMetadata(String name, Role role, String notes, Instant addedAt) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AnchorMetadata(String name, Instant addedAt) {}

    public StoreMetadata withIdentity(String alias, IdentityMetadata value) {
        Map<String, IdentityMetadata> copy = new TreeMap<>(identities);
        if (value == null) {
            copy.remove(alias);
        } else {
            copy.put(alias, value);
        }
        return new StoreMetadata(version, copy, trustAnchors, roleMappings);
    }

    public StoreMetadata withAnchor(String alias, AnchorMetadata value) {
        Map<String, AnchorMetadata> copy = new TreeMap<>(trustAnchors);
        if (value == null) {
            copy.remove(alias);
        } else {
            copy.put(alias, value);
        }
        return new StoreMetadata(version, identities, copy, roleMappings);
    }

    public StoreMetadata withRoleMapping(String fingerprint, Role role) {
        Map<String, Role> copy = new TreeMap<>(roleMappings);
        if (role == null) {
            copy.remove(fingerprint);
        } else {
            copy.put(fingerprint, role);
        }
        return new StoreMetadata(version, identities, trustAnchors, copy);
    }
}

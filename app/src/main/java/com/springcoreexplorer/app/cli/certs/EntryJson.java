package com.springcoreexplorer.app.cli.certs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.springcoreexplorer.certstore.IdentityEntry;
import com.springcoreexplorer.certstore.TrustAnchorEntry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The fixed JSON shapes of {@code certs list/show --json} and {@code trust list --json}. */
final class EntryJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private EntryJson() {}

    static Map<String, Object> identity(IdentityEntry entry) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", entry.name());
        json.put("role", entry.role().name().toLowerCase(Locale.ROOT));
        json.put("commonName", entry.commonName());
        json.put("subject", entry.subject());
        json.put("issuerCommonName", entry.issuerCommonName());
        json.put("notBefore", entry.notBefore().toString());
        json.put("notAfter", entry.notAfter().toString());
        json.put("keyType", entry.keyType());
        json.put("sha256", entry.sha256());
        json.put("chain", entry.chain());
        json.put("trusted", entry.trusted());
        json.put("warnings", entry.warnings());
        return json;
    }

    static Map<String, Object> anchor(TrustAnchorEntry entry) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", entry.name());
        json.put("subject", entry.subject());
        json.put("sha256", entry.sha256());
        json.put("notAfter", entry.notAfter().toString());
        return json;
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps of strings always serialise", e);
        }
    }

    static List<Map<String, Object>> identities(List<IdentityEntry> entries) {
        return entries.stream().map(EntryJson::identity).toList();
    }
}

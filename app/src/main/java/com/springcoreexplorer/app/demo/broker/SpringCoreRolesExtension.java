package com.springcoreexplorer.app.demo.broker;

import com.hivemq.extension.sdk.api.ExtensionMain;
import com.hivemq.extension.sdk.api.parameter.ExtensionStartInput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStartOutput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStopInput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStopOutput;
import com.hivemq.extension.sdk.api.services.Services;
import java.util.concurrent.CompletableFuture;

/**
 * The embedded extension: role-by-issuing-CA authentication plus the publish guard on every client.
 * HiveMQ opens its listeners only after this extension's start, so the start waits for the demo PKI
 * (the roles come from its CAs, and the broker's key store is written from it): the broker's own
 * start-up runs beside the PKI's generation, and no client is ever accepted before the roles exist.
 */
final class SpringCoreRolesExtension implements ExtensionMain {

    private final CompletableFuture<IssuingCaRoles> roles;
    private final TopicRules rules;
    private final RolePublishGuard publishGuard;

    SpringCoreRolesExtension(CompletableFuture<IssuingCaRoles> roles, TopicRules rules) {
        this.roles = roles;
        this.rules = rules;
        this.publishGuard = new RolePublishGuard(rules);
    }

    @Override
    public void extensionStart(ExtensionStartInput input, ExtensionStartOutput output) {
        // a failed PKI throws here: the extension fails, no key store exists and the TLS listener never opens
        RoleAuthenticator authenticator = new RoleAuthenticator(roles.join(), rules);
        Services.securityRegistry().setAuthenticatorProvider(providerInput -> authenticator);
        Services.initializerRegistry()
                .setClientInitializer(
                        (initializerInput, clientContext) -> clientContext.addPublishInboundInterceptor(publishGuard));
    }

    @Override
    public void extensionStop(ExtensionStopInput input, ExtensionStopOutput output) {
        // nothing held: the registries are torn down with the broker
    }
}

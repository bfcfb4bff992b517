package com.springcoreexplorer.app.demo.broker;

import com.hivemq.extension.sdk.api.ExtensionMain;
import com.hivemq.extension.sdk.api.parameter.ExtensionStartInput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStartOutput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStopInput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStopOutput;
import com.hivemq.extension.sdk.api.services.Services;

/** The embedded extension: role-by-issuing-CA authentication plus the publish guard on every client. */
final class SpringCoreRolesExtension implements ExtensionMain {

    private final RoleAuthenticator authenticator;
    private final RolePublishGuard publishGuard;

    SpringCoreRolesExtension(IssuingCaRoles roles, TopicRules rules) {
        this.authenticator = new RoleAuthenticator(roles, rules);
        this.publishGuard = new RolePublishGuard(rules);
    }

    @Override
    public void extensionStart(ExtensionStartInput input, ExtensionStartOutput output) {
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

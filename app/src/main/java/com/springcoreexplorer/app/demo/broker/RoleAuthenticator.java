package com.springcoreexplorer.app.demo.broker;

import com.hivemq.extension.sdk.api.auth.SimpleAuthenticator;
import com.hivemq.extension.sdk.api.auth.parameter.SimpleAuthInput;
import com.hivemq.extension.sdk.api.auth.parameter.SimpleAuthOutput;
import com.hivemq.extension.sdk.api.auth.parameter.TopicPermission;
import com.hivemq.extension.sdk.api.client.parameter.TlsInformation;
import com.hivemq.extension.sdk.api.packets.auth.DefaultAuthorizationBehaviour;
import com.hivemq.extension.sdk.api.packets.auth.ModifiableDefaultPermissions;
import com.hivemq.extension.sdk.api.packets.connect.ConnackReasonCode;
import com.hivemq.extension.sdk.api.services.builder.Builders;
import com.springcoreexplorer.certstore.Role;
import com.springcoreexplorer.certstore.pki.CertificateIssuer;
import java.security.cert.X509Certificate;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets a client in by its certificate's issuing CA and gives it the SpringCore permissions:
 * Watcher subscribes everywhere; Control does everything; a reader only {@code {prefix}/{CN}/#}
 * with client ID = CN; anyone else is refused. Publishes are checked again by
 * {@link RolePublishGuard} so a refused publish does not cost the client its connection.
 */
final class RoleAuthenticator implements SimpleAuthenticator {

    static final String ROLE_ATTRIBUTE = "springcore.role";
    static final String CN_ATTRIBUTE = "springcore.cn";
    private static final Logger LOG = LoggerFactory.getLogger(RoleAuthenticator.class);

    private final IssuingCaRoles roles;
    private final TopicRules rules;

    RoleAuthenticator(IssuingCaRoles roles, TopicRules rules) {
        this.roles = roles;
        this.rules = rules;
    }

    @Override
    public void onConnect(SimpleAuthInput input, SimpleAuthOutput output) {
        String clientId = input.getConnectPacket().getClientId();
        Optional<X509Certificate> certificate =
                input.getConnectionInformation().getTlsInformation().map(TlsInformation::getCertificate);
        if (certificate.isEmpty()) {
            LOG.info("refused {}: no client certificate", clientId);
            output.failAuthentication(ConnackReasonCode.NOT_AUTHORIZED, "a client certificate is required");
            return;
        }
        Role role = roles.roleOf(certificate.get());
        String commonName = CertificateIssuer.commonNameOf(certificate.get());
        ModifiableDefaultPermissions permissions = output.getDefaultPermissions();
        permissions.setDefaultBehaviour(DefaultAuthorizationBehaviour.DENY);
        switch (role) {
            case WATCHER -> permissions.add(permission("#", TopicPermission.MqttActivity.SUBSCRIBE));
            case CONTROL -> permissions.add(permission("#", TopicPermission.MqttActivity.ALL));
            case DEVICE -> {
                if (!commonName.equals(clientId) || !TopicRules.usableAsTopicLevel(commonName)) {
                    LOG.info("refused reader {}: client ID must equal the certificate CN {}", clientId, commonName);
                    output.failAuthentication(
                            ConnackReasonCode.CLIENT_IDENTIFIER_NOT_VALID,
                            "a reader's client ID must equal its certificate CN");
                    return;
                }
                permissions.add(permission(rules.deviceFilter(commonName), TopicPermission.MqttActivity.ALL));
            }
            case UNKNOWN -> {
                LOG.info(
                        "refused {}: certificate {} not issued by the Client, Watch or Control CA",
                        clientId,
                        commonName);
                output.failAuthentication(
                        ConnackReasonCode.NOT_AUTHORIZED, "certificate not issued by a SpringCore client CA");
                return;
            }
        }
        var attributes = input.getConnectionInformation().getConnectionAttributeStore();
        attributes.putAsString(ROLE_ATTRIBUTE, role.name());
        attributes.putAsString(CN_ATTRIBUTE, commonName);
        LOG.info("client {} connected as {} (CN {})", clientId, role.displayName(), commonName);
        output.authenticateSuccessfully();
    }

    private static TopicPermission permission(String filter, TopicPermission.MqttActivity activity) {
        return Builders.topicPermission()
                .topicFilter(filter)
                .type(TopicPermission.PermissionType.ALLOW)
                .activity(activity)
                .build();
    }
}

package com.springcoreexplorer.app.demo.broker;

import com.hivemq.extension.sdk.api.interceptor.publish.PublishInboundInterceptor;
import com.hivemq.extension.sdk.api.interceptor.publish.parameter.PublishInboundInput;
import com.hivemq.extension.sdk.api.interceptor.publish.parameter.PublishInboundOutput;
import com.hivemq.extension.sdk.api.packets.publish.AckReasonCode;
import com.springcoreexplorer.certstore.Role;

/**
 * Drops a publish the client's role forbids with NOT_AUTHORIZED (MQTT 5 PUBACK 0x87) while the
 * client stays connected. HiveMQ's own permission check would disconnect it (STACK.md): a Watcher
 * that tries to publish should see "refused", not lose its session.
 */
final class RolePublishGuard implements PublishInboundInterceptor {

    private final TopicRules rules;

    RolePublishGuard(TopicRules rules) {
        this.rules = rules;
    }

    @Override
    public void onInboundPublish(PublishInboundInput input, PublishInboundOutput output) {
        var attributes = input.getConnectionInformation().getConnectionAttributeStore();
        Role role = attributes
                .getAsString(RoleAuthenticator.ROLE_ATTRIBUTE)
                .map(Role::valueOf)
                .orElse(Role.UNKNOWN);
        String commonName =
                attributes.getAsString(RoleAuthenticator.CN_ATTRIBUTE).orElse("");
        String topic = input.getPublishPacket().getTopic();
        if (!rules.mayPublish(role, commonName, topic)) {
            output.preventPublishDelivery(
                    AckReasonCode.NOT_AUTHORIZED, role.displayName() + " may not publish to " + topic);
        }
    }
}

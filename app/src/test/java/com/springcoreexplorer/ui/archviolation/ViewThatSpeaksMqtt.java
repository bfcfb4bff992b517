package com.springcoreexplorer.ui.archviolation;

import com.hivemq.client.mqtt.MqttClient;
import org.bouncycastle.asn1.x500.X500Name;

/** Deliberately breaks the rules (ui using HiveMQ and Bouncy Castle) so the architecture test can prove they bite. */
final class ViewThatSpeaksMqtt {
    Object client() {
        return MqttClient.builder().identifier(new X500Name("CN=x").toString());
    }
}

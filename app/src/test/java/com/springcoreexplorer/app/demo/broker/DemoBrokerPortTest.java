package com.springcoreexplorer.app.demo.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import org.junit.jupiter.api.Test;

/** The demo broker's port: the preferred one only when HiveMQ could really bind it. */
class DemoBrokerPortTest {

    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    @Test
    void aFreePreferredPortIsTaken() throws IOException {
        int free;
        try (ServerSocket any = new ServerSocket(0, 1, LOOPBACK)) {
            free = any.getLocalPort();
        }
        assertThat(DemoBroker.choosePort(free)).isEqualTo(free);
    }

    @Test
    void aPortStillHoldingTheLastRunsConnectionsInTimeWaitIsAvoided() throws IOException {
        // the last run, quit a moment ago: its broker closed its side of a connection first (TIME_WAIT)
        int lastRunsPort;
        try (ServerSocket listener = new ServerSocket()) {
            listener.setReuseAddress(true); // as the last run's broker had it: its TIME_WAIT sockets allow reuse
            listener.bind(new InetSocketAddress(LOOPBACK, 0), 1);
            lastRunsPort = listener.getLocalPort();
            try (Socket client = new Socket(LOOPBACK, lastRunsPort);
                    Socket served = listener.accept()) {
                served.close(); // the server side closes first and keeps TIME_WAIT on the port
                assertThat(client.getInputStream().read()).isEqualTo(-1);
            }
        }
        // HiveMQ's listener binds without SO_REUSEADDR: it would fail here
        assertThatThrownBy(() -> {
                    try (ServerSocket broker = new ServerSocket()) {
                        broker.setReuseAddress(false);
                        broker.bind(new InetSocketAddress(LOOPBACK, lastRunsPort), 1);
                    }
                })
                .isInstanceOf(BindException.class);

        int chosen = DemoBroker.choosePort(lastRunsPort);

        assertThat(chosen).isNotEqualTo(lastRunsPort).isPositive();
    }
}

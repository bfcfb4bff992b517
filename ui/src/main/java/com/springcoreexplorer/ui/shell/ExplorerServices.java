package com.springcoreexplorer.ui.shell;

import com.springcoreexplorer.ui.certificates.CertificateService;
import com.springcoreexplorer.ui.connection.ConnectionService;
import com.springcoreexplorer.ui.live.LiveFeed;
import com.springcoreexplorer.ui.publish.PublishService;
import com.springcoreexplorer.ui.publish.ReaderCommands;
import java.util.Objects;

/** Everything the window needs from the engines, as ui ports; the app wires the real adapters in. */
public record ExplorerServices(
        CertificateService certificates,
        ConnectionService connection,
        PublishService publisher,
        ReaderCommands commands,
        LiveFeed feed) {

    public ExplorerServices {
        Objects.requireNonNull(certificates, "certificates");
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(commands, "commands");
        Objects.requireNonNull(feed, "feed");
    }
}

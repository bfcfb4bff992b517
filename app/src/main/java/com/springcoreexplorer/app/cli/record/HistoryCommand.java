package com.springcoreexplorer.app.cli.record;

import com.springcoreexplorer.app.cli.CliFailure;
import com.springcoreexplorer.app.cli.mqtt.MessageLines;
import com.springcoreexplorer.mqtt.recording.MergedHistory;
import com.springcoreexplorer.mqtt.recording.RecordedMessage;
import com.springcoreexplorer.mqtt.recording.RecordingException;
import com.springcoreexplorer.mqtt.recording.RecordingQuery;
import com.springcoreexplorer.mqtt.recording.RecordingReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code history FILE... [-t FILTER] [--text T] [--since TIME] [--until TIME] [--limit N] [--json]}:
 * the messages of one or more recordings, merged by reception time.
 */
@Command(
        name = "history",
        mixinStandardHelpOptions = true,
        description =
                "Print the messages of one or more recordings (merged by time), filtered by topic, text and time.",
        footer = {
            "",
            "TIME: ISO-8601 (2026-12-05T14:02:00Z, 2026-12-05T14:02 in local time, 2026-12-05) or back from now (-15m, -2h, -30s, -7d).",
            "--text finds words (or word starts) in the topic and text payloads, all of them: --text 'DA12 online'.",
            "--json: the 'sub --json' fields (topic, qos, retain, payload or payloadBase64) plus receivedAt (UTC, microseconds).",
            "Exit codes: 0 done (also when nothing matched); 2 bad input (unreadable file, bad filter or time)."
        })
public final class HistoryCommand implements Callable<Integer> {

    @Spec
    CommandSpec command;

    @Parameters(index = "0..*", arity = "1..*", paramLabel = "FILE", description = "Recordings written by 'record'.")
    List<Path> files;

    @Option(
            names = {"-t", "--topic"},
            paramLabel = "FILTER",
            description = "Topic filter, + and # allowed (repeatable).")
    List<String> filters;

    @Option(names = "--text", paramLabel = "T", description = "Words in the topic or text payload (full-text search).")
    String text;

    @Option(names = "--since", paramLabel = "TIME", description = "From this time on.")
    String since;

    @Option(names = "--until", paramLabel = "TIME", description = "Up to this time.")
    String until;

    @Option(names = "--limit", paramLabel = "N", description = "At most N messages (the first ones).")
    Long limit;

    @Option(names = "--json", description = "One JSON object per message per line.")
    boolean json;

    /** For tests: "now" of relative times. */
    Clock clock = Clock.systemDefaultZone();

    @Override
    public Integer call() throws java.io.IOException {
        if (limit != null && limit < 1) {
            throw CliFailure.badInput("--limit must be at least 1, not " + limit);
        }
        Instant[] range = TimeArguments.range(since, until, clock);
        RecordingQuery query = new RecordingQuery(
                FilterArguments.checked(filters), text, range[0], range[1], limit == null ? 0 : limit);
        PrintWriter out = command.commandLine().getOut();
        try (MergedHistory history = MergedHistory.open(files, query)) {
            // the lines of sub (--json: its fields plus receivedAt), formatted into one buffer, written every 1,000
            Instant[] receivedAt = new Instant[1];
            MessageLines lines = new MessageLines(
                    json, (inbound, line) -> line.writeStringField("receivedAt", receivedAt[0].toString()));
            long printed = 0;
            while (history.hasNext()) {
                RecordedMessage message = history.next();
                receivedAt[0] = message.receivedAt();
                if (!json) {
                    lines.writeTo(out);
                    out.print(message.receivedAt() + " ");
                }
                lines.add(message.toInbound());
                if (++printed % 1_000 == 0) {
                    lines.writeTo(out);
                    out.flush();
                }
            }
            lines.writeTo(out);
        } catch (RecordingException e) {
            throw CliFailure.badInput(e.getMessage());
        } catch (RecordingReader.CursorFailure e) {
            throw new CliFailure(CliFailure.UNEXPECTED, "a recording could not be read to the end: " + e.getMessage());
        }
        out.flush();
        return 0;
    }
}

package dev.mirsad.cli;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import dev.mirsad.text.DisplayText;

/** Log messages with their control characters escaped: a file name in a message cannot forge a log line. */
public final class EscapedMessageConverter extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return DisplayText.escape(super.convert(event));
    }
}

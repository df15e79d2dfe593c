package org.demarche.campaigns.letter;

import java.util.logging.Level;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends openhtmltopdf's diagnostics to SLF4J instead of its own console handler, so that they
 * follow the service's logging configuration. Its INFO messages ("Prepare to fly", timings) are
 * chatter for every letter and go to DEBUG.
 */
final class OpenHtmlToPdfLog implements XRLogger {

    private OpenHtmlToPdfLog() {
    }

    static void install() {
        if (!(XRLog.getLoggerImpl() instanceof OpenHtmlToPdfLog)) {
            XRLog.setLoggerImpl(new OpenHtmlToPdfLog());
        }
    }

    @Override
    public void log(String where, Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, Throwable error) {
        Logger logger = LoggerFactory.getLogger(where);
        int severity = level.intValue();
        if (severity >= Level.SEVERE.intValue()) {
            logger.error(message, error);
        } else if (severity >= Level.WARNING.intValue()) {
            logger.warn(message, error);
        } else if (severity >= Level.CONFIG.intValue()) {
            logger.debug(message, error);
        } else {
            logger.trace(message, error);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // levels are set in the service's logging configuration
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        Logger logger = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
        int severity = diagnostic.getLevel().intValue();
        if (severity >= Level.WARNING.intValue()) {
            return logger.isWarnEnabled();
        }
        return severity >= Level.CONFIG.intValue() ? logger.isDebugEnabled() : logger.isTraceEnabled();
    }
}

package gongkai.search;

import java.io.IOException;

/**
 * The engine cannot answer now: a cluster that is down, unreachable or too slow. The web
 * layer answers 503 with the message; the command line prints it on one line. The message
 * says what happened and what to do, never a stack trace.
 */
public final class EngineUnavailableException extends IOException {

    public EngineUnavailableException(String message) {
        super(message);
    }

    public EngineUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}

package io.reelbase.core.media;

import io.reelbase.core.ReelbaseException;
import java.nio.file.Path;

/** A file could not be read as media: what happened to which file, and what to do. */
public class MediaException extends ReelbaseException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;

    public MediaException(Path file, String problem, String advice) {
        super(file.getFileName() + ": " + problem, advice);
        this.file = file;
    }

    public MediaException(Path file, String problem, String advice, Throwable cause) {
        super(file.getFileName() + ": " + problem, advice, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}

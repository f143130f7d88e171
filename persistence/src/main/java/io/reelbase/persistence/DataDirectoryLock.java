package io.reelbase.persistence;

import io.reelbase.core.ReelbaseException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One Reelbase at a time per data directory: an OS file lock that the OS drops when the process
 * dies, so a crash never leaves the directory locked.
 */
public final class DataDirectoryLock implements AutoCloseable {
    public static final String FILE_NAME = "reelbase.lock";
    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    public static DataDirectoryLock acquire(Path dataHome) {
        Path file = dataHome.resolve(FILE_NAME);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
        } catch (IOException e) {
            throw new ReelbaseException("Cannot write in the data directory " + dataHome + " (" + e + ").",
                    "Make it writable for your user, or choose another with --data-dir or REELBASE_HOME.", e);
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                String holder = readHolder(file);
                channel.close();
                throw new ReelbaseException("Another Reelbase is already using the data directory " + dataHome
                        + (holder.isEmpty() ? "" : " (process " + holder + ")") + ".",
                        "Switch to that window, or close it first. To run a second copy, give it its own --data-dir.");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(String.valueOf(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII)));
            channel.force(false);
            return new DataDirectoryLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new ReelbaseException("This program already has the data directory " + dataHome + " open.",
                    "Use the window that is already open.", e);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new ReelbaseException("Cannot lock the data directory " + dataHome + " (" + e + ").",
                    "Check that the disk is writable and not full.", e);
        }
    }

    private static String readHolder(Path file) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            return "";
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // already failing; the first error is the one to report
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}

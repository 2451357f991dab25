package org.civitas.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * What a path names, in the words a message to a user needs: a file, a folder, a named pipe,
 * a device... so that "cannot read /dev/null" says it is a device rather than "no such file".
 */
public enum FileKind {

	FILE(Messages.FileKind_file), FOLDER(Messages.FileKind_folder), NAMED_PIPE(Messages.FileKind_namedPipe),
	DEVICE(Messages.FileKind_device), SOCKET(Messages.FileKind_socket), OTHER(Messages.FileKind_other),
	MISSING(Messages.FileKind_missing);

	/** File type bits of a Unix mode ({@code st_mode & S_IFMT}) and the kinds they stand for. */
	private static final int TYPE_MASK = 0170000;
	private static final int NAMED_PIPE_TYPE = 0010000;
	private static final int CHARACTER_DEVICE_TYPE = 0020000;
	private static final int BLOCK_DEVICE_TYPE = 0060000;
	private static final int SOCKET_TYPE = 0140000;

	private final String description;

	FileKind(String description) {
		this.description = description;
	}

	/** "a folder", "a named pipe (FIFO)"...: what to say the path is. */
	public String description() {
		return description;
	}

	/** What {@code path} names, following symbolic links. */
	public static FileKind of(Path path) {
		BasicFileAttributes attributes;
		try {
			attributes = Files.readAttributes(path, BasicFileAttributes.class);
		} catch (IOException absent) {
			return MISSING;
		}
		if (attributes.isRegularFile()) {
			return FILE;
		}
		if (attributes.isDirectory()) {
			return FOLDER;
		}
		return ofUnixMode(path);
	}

	/** Pipes, devices and sockets are all "other" to Java; only the Unix mode tells them apart. */
	private static FileKind ofUnixMode(Path path) {
		try {
			Object mode = Files.getAttribute(path, "unix:mode", new LinkOption[0]); //$NON-NLS-1$
			return switch (((Integer) mode) & TYPE_MASK) {
				case NAMED_PIPE_TYPE -> NAMED_PIPE;
				case CHARACTER_DEVICE_TYPE, BLOCK_DEVICE_TYPE -> DEVICE;
				case SOCKET_TYPE -> SOCKET;
				default -> OTHER;
			};
		} catch (IOException | UnsupportedOperationException | IllegalArgumentException notUnix) {
			return OTHER;
		}
	}
}

package org.civitas.files;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.DosFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import org.eclipse.osgi.util.NLS;

/**
 * Writing a file the way a careful editor does, so that nothing a user has is lost:
 * <ul>
 * <li><b>Whole or not at all.</b> The content goes to a temporary file beside the target, is
 * flushed to the disk, and then moved over the target in one step; the folder is synced too. A
 * crash, a full disk or a power loss leaves the previous version or the new one, never a
 * half-written or empty file.</li>
 * <li><b>What the user set stays.</b> A replaced file keeps its permissions, and its owner and
 * group where the process may set them; a new file gets the permissions of the user's umask.
 * A read-only file is not replaced. A symbolic link is written through: the file it points to
 * changes, the link stays.</li>
 * <li><b>No litter.</b> Temporary files are named after the target
 * ({@code .grants.portfolio.civitas-save-PID-N.tmp}) and a save removes those that a killed
 * process left behind.</li>
 * </ul>
 */
public final class SafeFiles {

	/** Produces the file's content into a stream the caller closes. */
	public interface Content {
		void writeTo(OutputStream stream) throws IOException;
	}

	private static final String TEMPORARY_MARK = ".civitas-save-"; //$NON-NLS-1$
	private static final String TEMPORARY_SUFFIX = ".tmp"; //$NON-NLS-1$
	/** How temporaries were named before they carried the process: {@code .NAME<digits>.saving}. */
	private static final String EARLIER_TEMPORARY_SUFFIX = ".saving"; //$NON-NLS-1$
	private static final int MAXIMUM_LINKS = 40;
	private static final int BUFFER_SIZE = 1 << 16;
	private static final long PROCESS = ProcessHandle.current().pid();

	/** Temporaries this process is writing now: never stale, whichever thread cleans. */
	private static final Set<Path> IN_PROGRESS = ConcurrentHashMap.newKeySet();

	private SafeFiles() {
	}

	/**
	 * Writes {@code content} to {@code target} as a whole. On failure the target is as it was and
	 * the temporary file is gone; the exception says why, naming the file.
	 */
	public static void write(Path target, Content content) throws IOException {
		Path destination = throughLinks(target.toAbsolutePath());
		PosixFileAttributes previous = requireReplaceable(destination);
		Path folder = destination.getParent();
		Files.createDirectories(folder);
		String name = destination.getFileName().toString();
		removeStaleTemporaries(folder, name);
		Path temporary = folder.resolve('.' + name + TEMPORARY_MARK + PROCESS + '-'
				+ Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + TEMPORARY_SUFFIX);
		IN_PROGRESS.add(temporary);
		try {
			try (FileChannel channel = create(temporary, previous)) {
				OutputStream stream = new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER_SIZE);
				content.writeTo(new UnclosableStream(stream));
				stream.flush();
				channel.force(true);
			}
			moveOver(temporary, destination);
			syncFolder(folder);
		} finally {
			Files.deleteIfExists(temporary);
			IN_PROGRESS.remove(temporary);
		}
	}

	/** The file a chain of symbolic links ends at, whether or not it exists yet. */
	private static Path throughLinks(Path path) throws IOException {
		Path current = path;
		for (int followed = 0; Files.isSymbolicLink(current); followed++) {
			if (followed == MAXIMUM_LINKS) {
				throw new FileSystemException(NLS.bind(Messages.SafeFiles_tooManyLinks, path));
			}
			current = current.getParent().resolve(Files.readSymbolicLink(current)).normalize();
		}
		return current;
	}

	/**
	 * Refuses a target that is no regular file or that is read-only; returns the POSIX attributes
	 * of an existing file (to give the new version), or {@code null}.
	 */
	private static PosixFileAttributes requireReplaceable(Path destination) throws IOException {
		FileKind kind = FileKind.of(destination);
		if (kind == FileKind.MISSING) {
			return null;
		}
		if (kind != FileKind.FILE) {
			throw new FileSystemException(NLS.bind(Messages.SafeFiles_notAFile, destination, kind.description()));
		}
		PosixFileAttributeView posix = Files.getFileAttributeView(destination, PosixFileAttributeView.class);
		if (posix != null) {
			PosixFileAttributes attributes = posix.readAttributes();
			// The write bits, not Files.isWritable: an administrator may write anything, yet a file
			// its owner made read-only must not be replaced behind the owner's back.
			Set<PosixFilePermission> permissions = attributes.permissions();
			boolean writable = Files.isWritable(destination) && (permissions.contains(PosixFilePermission.OWNER_WRITE)
					|| permissions.contains(PosixFilePermission.GROUP_WRITE)
					|| permissions.contains(PosixFilePermission.OTHERS_WRITE));
			if (!writable) {
				throw new AccessDeniedException(NLS.bind(Messages.SafeFiles_readOnly, destination));
			}
			return attributes;
		}
		if (!Files.isWritable(destination) || Files.readAttributes(destination, DosFileAttributes.class).isReadOnly()) {
			throw new AccessDeniedException(NLS.bind(Messages.SafeFiles_readOnly, destination));
		}
		return null;
	}

	/**
	 * Creates the temporary file: with the previous version's permissions, owner and group when
	 * there is one, otherwise as the umask says (as any program creating a file).
	 */
	private static FileChannel create(Path temporary, PosixFileAttributes previous) throws IOException {
		if (previous == null) {
			return FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
		}
		// Created no more open than the previous version (the umask may narrow it), then set exactly.
		FileAttribute<Set<PosixFilePermission>> permissions = PosixFilePermissions.asFileAttribute(previous.permissions());
		FileChannel channel = FileChannel.open(temporary, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
				permissions);
		try {
			PosixFileAttributeView view = Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
			view.setPermissions(previous.permissions());
			keepOwnership(view, previous);
			return channel;
		} catch (IOException | RuntimeException failure) {
			channel.close();
			throw failure;
		}
	}

	/** Only an administrator may give a file to another owner, and only a member to a group: try both. */
	private static void keepOwnership(PosixFileAttributeView view, PosixFileAttributes previous) {
		try {
			view.setGroup(previous.group());
		} catch (IOException notAMember) {
			// The file then belongs to the user's own group, as a new file would.
		}
		try {
			if (!view.getOwner().equals(previous.owner())) {
				view.setOwner(previous.owner());
			}
		} catch (IOException notAdministrator) {
			// Saving someone else's file makes it the saver's, as with every editor.
		}
	}

	private static void moveOver(Path temporary, Path destination) throws IOException {
		try {
			Files.move(temporary, destination, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException notOnThisFileSystem) {
			Files.move(temporary, destination, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/** Makes the move itself durable where folders can be synced (POSIX); elsewhere the move is. */
	private static void syncFolder(Path folder) {
		try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
			channel.force(true);
		} catch (IOException | UnsupportedOperationException notSupported) {
			// Windows cannot open a folder as a channel; its rename is durable once it returns.
		}
	}

	/**
	 * Deletes the temporaries of earlier saves of {@code name} whose process is gone (killed
	 * during a save); those of a save still running, here or in another process, stay.
	 */
	private static void removeStaleTemporaries(Path folder, String name) {
		String prefix = '.' + name;
		try (DirectoryStream<Path> files = Files.newDirectoryStream(folder,
				candidate -> candidate.getFileName().toString().startsWith(prefix))) {
			for (Path file : files) {
				if (isStale(file.getFileName().toString().substring(prefix.length()), file)) {
					Files.deleteIfExists(file);
				}
			}
		} catch (IOException unreadable) {
			// Cleaning is a courtesy: a folder that cannot be listed still gets its save.
		}
	}

	private static boolean isStale(String rest, Path file) {
		if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
			return false;
		}
		if (rest.startsWith(TEMPORARY_MARK) && rest.endsWith(TEMPORARY_SUFFIX)) {
			String processAndNumber = rest.substring(TEMPORARY_MARK.length(), rest.length() - TEMPORARY_SUFFIX.length());
			int dash = processAndNumber.indexOf('-');
			try {
				long pid = Long.parseLong(dash < 0 ? processAndNumber : processAndNumber.substring(0, dash));
				return pid == PROCESS ? !IN_PROGRESS.contains(file) : ProcessHandle.of(pid).isEmpty();
			} catch (NumberFormatException notOurs) {
				return false;
			}
		}
		String earlierNumber = rest.endsWith(EARLIER_TEMPORARY_SUFFIX)
				? rest.substring(0, rest.length() - EARLIER_TEMPORARY_SUFFIX.length()) : ""; //$NON-NLS-1$
		return !earlierNumber.isEmpty() && earlierNumber.chars().allMatch(Character::isDigit);
	}

	/** Content may close the stream it was given; the file must stay open to be synced. */
	private static final class UnclosableStream extends FilterOutputStream {

		UnclosableStream(OutputStream stream) {
			super(stream);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			out.write(bytes, offset, length);
		}

		@Override
		public void close() throws IOException {
			flush();
		}
	}
}

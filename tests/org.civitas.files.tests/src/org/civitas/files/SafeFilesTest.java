package org.civitas.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Saving never loses the previous version, keeps what the user set on the file, and leaves no litter. */
class SafeFilesTest {

	@TempDir
	Path folder;

	private static void write(Path file, String text) throws IOException {
		SafeFiles.write(file, stream -> stream.write(text.getBytes(StandardCharsets.UTF_8)));
	}

	private List<String> folderContents() throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(file -> file.getFileName().toString()).sorted().toList();
		}
	}

	private static boolean posix() {
		return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
	}

	@ParameterizedTest
	@ValueSource(strings = { "rw-r--r--", "rw-rw-r--", "rw-r-----", "rw-------", "rwxr-xr-x" })
	void aReplacedFileKeepsItsPermissions(String permissions) throws IOException {
		assumeTrue(posix());
		Path file = folder.resolve("team.portfolio");
		Files.writeString(file, "old");
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));

		write(file, "new");

		assertEquals("new", Files.readString(file));
		assertEquals(permissions, PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
	}

	@Test
	void aNewFileGetsThePermissionsOfTheUmask() throws IOException {
		assumeTrue(posix());
		Path created = Files.createFile(folder.resolve("as-any-program-creates-it"));

		write(folder.resolve("new.portfolio"), "new");

		assertEquals(Files.getPosixFilePermissions(created), Files.getPosixFilePermissions(folder.resolve("new.portfolio")));
	}

	@Test
	void aReadOnlyFileIsNotReplaced() throws IOException {
		assumeTrue(posix());
		Path file = folder.resolve("approved.portfolio");
		Files.writeString(file, "approved");
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));

		AccessDeniedException refused = assertThrows(AccessDeniedException.class, () -> write(file, "changed"));

		assertEquals(file + " is read-only: it was not replaced (make it writable, or save under another name)",
				refused.getMessage());
		assertEquals("approved", Files.readString(file));
		assertEquals("r--r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
		assertEquals(List.of("approved.portfolio"), folderContents());
	}

	@Test
	void aSymbolicLinkIsWrittenThrough() throws IOException {
		Path real = Files.createDirectories(folder.resolve("shared")).resolve("team.portfolio");
		Files.writeString(real, "old");
		Path link = Files.createSymbolicLink(folder.resolve("team.portfolio"), Path.of("shared/team.portfolio"));

		write(link, "new");

		assertTrue(Files.isSymbolicLink(link), "the link stays a link");
		assertEquals(Path.of("shared/team.portfolio"), Files.readSymbolicLink(link));
		assertEquals("new", Files.readString(real));
	}

	@Test
	void aLinkToAFileNotYetWrittenCreatesThatFile() throws IOException {
		Path link = Files.createSymbolicLink(folder.resolve("report.html"), Path.of("site/report.html"));
		Files.createDirectories(folder.resolve("site"));

		write(link, "report");

		assertTrue(Files.isSymbolicLink(link));
		assertEquals("report", Files.readString(folder.resolve("site/report.html")));
	}

	@Test
	void aFolderIsNotReplaced() throws IOException {
		Path target = Files.createDirectories(folder.resolve("report.html"));

		FileSystemException refused = assertThrows(FileSystemException.class, () -> write(target, "report"));

		assertEquals(target + " is a folder, not a file: nothing was written", refused.getMessage());
		assertTrue(Files.isDirectory(target));
	}

	@Test
	void aFailedSaveLeavesThePreviousVersionAndNoTemporary() throws IOException {
		Path file = folder.resolve("team.portfolio");
		Files.writeString(file, "old");

		IOException failure = assertThrows(IOException.class, () -> SafeFiles.write(file, stream -> {
			stream.write("half of the new ver".getBytes(StandardCharsets.UTF_8));
			throw new IOException("disk full");
		}));

		assertEquals("disk full", failure.getMessage());
		assertEquals("old", Files.readString(file));
		assertEquals(List.of("team.portfolio"), folderContents());
	}

	@Test
	void contentThatClosesItsStreamIsStillWrittenWhole() throws IOException {
		Path file = folder.resolve("closed.txt");

		SafeFiles.write(file, stream -> {
			stream.write("closed early".getBytes(StandardCharsets.UTF_8));
			stream.close();
		});

		assertEquals("closed early", Files.readString(file));
	}

	/**
	 * A process killed in the middle of a save (kill -9: no clean-up runs) leaves the previous
	 * version in place; the next save of that file removes the temporary it left.
	 */
	@Test
	void aKilledSaveLeavesThePreviousVersionAndTheNextSaveCleansUp() throws Exception {
		Path file = folder.resolve("large.portfolio");
		Files.writeString(file, "previous version");
		Path program = folder.resolve("SlowSave.java");
		Files.writeString(program, """
				import java.nio.file.Path;
				public class SlowSave {
					public static void main(String[] arguments) throws Exception {
						org.civitas.files.SafeFiles.write(Path.of(arguments[0]), stream -> {
							stream.write(new byte[1 << 20]);
							stream.flush();
							System.out.println("writing");
							System.out.flush();
							try {
								Thread.sleep(120_000);
							} catch (InterruptedException interrupted) {
								throw new java.io.InterruptedIOException();
							}
						});
					}
				}
				""");
		String classPath = locationOf(SafeFiles.class) + java.io.File.pathSeparator + locationOf(NLS.class);
		String java = ProcessHandle.current().info().command().orElse("java");
		Process saver = new ProcessBuilder(java, "-cp", classPath, program.toString(), file.toString())
				.redirectErrorStream(true).start();
		try (BufferedReader output = new BufferedReader(new InputStreamReader(saver.getInputStream(), StandardCharsets.UTF_8))) {
			String line = output.readLine();
			assertEquals("writing", line, "the saving process started writing");
			saver.destroyForcibly();
			assertTrue(saver.waitFor(30, TimeUnit.SECONDS));
		}
		assertEquals("previous version", Files.readString(file));
		List<String> left = folderContents().stream().filter(name -> name.startsWith(".large.portfolio.civitas-save-")).toList();
		assertEquals(1, left.size(), "the killed save left its temporary: " + folderContents());
		assertTrue(left.get(0).endsWith(".tmp"), left.get(0));

		write(file, "new version");

		assertEquals("new version", Files.readString(file));
		assertEquals(List.of("SlowSave.java", "large.portfolio"), folderContents());
	}

	@Test
	void aTemporaryOfAnotherRunningSaveIsLeftAlone() throws IOException {
		Path file = folder.resolve("shared.portfolio");
		long runningProcess = ProcessHandle.current().parent().orElseThrow().pid();
		Path running = Files.writeString(folder.resolve(".shared.portfolio.civitas-save-" + runningProcess + "-x.tmp"), "");

		write(file, "saved");

		assertTrue(Files.exists(running), "another process may still be saving");
	}

	@Test
	void temporariesOfEarlierVersionsAreCleanedToo() throws IOException {
		Path file = folder.resolve("old.portfolio");
		Files.writeString(folder.resolve(".old.portfolio8313548925771283915.saving"), "left by Civitas 0.1");
		Files.writeString(folder.resolve(".old.portfolio.notes"), "the user's own");

		write(file, "saved");

		assertEquals(List.of(".old.portfolio.notes", "old.portfolio"), folderContents());
	}

	private static String locationOf(Class<?> type) throws URISyntaxException {
		return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
	}
}

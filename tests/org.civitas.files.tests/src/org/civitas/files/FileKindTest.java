package org.civitas.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Messages say what a path is: a folder, a device, a named pipe, or nothing at all. */
class FileKindTest {

	@TempDir
	Path folder;

	@Test
	void filesFoldersAndAbsentPaths() throws IOException {
		assertEquals(FileKind.FILE, FileKind.of(Files.writeString(folder.resolve("a.portfolio"), "")));
		assertEquals(FileKind.FOLDER, FileKind.of(folder));
		assertEquals(FileKind.MISSING, FileKind.of(folder.resolve("absent.portfolio")));
		assertEquals("a folder", FileKind.FOLDER.description());
	}

	@Test
	void devicesAndNamedPipes() throws IOException, InterruptedException {
		Path devNull = Path.of("/dev/null");
		assumeTrue(Files.exists(devNull));
		assertEquals(FileKind.DEVICE, FileKind.of(devNull));

		Path pipe = folder.resolve("pipe");
		assumeTrue(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0);
		assertEquals(FileKind.NAMED_PIPE, FileKind.of(pipe));
		assertEquals("a named pipe (FIFO)", FileKind.NAMED_PIPE.description());
	}
}

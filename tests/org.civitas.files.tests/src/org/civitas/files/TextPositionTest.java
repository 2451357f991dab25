package org.civitas.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file that is not UTF-8 is reported at the line and column where it stops being so. */
class TextPositionTest {

	@TempDir
	Path folder;

	@Test
	void theFirstMalformedSequenceIsFoundByLineAndColumn() throws IOException {
		byte[] start = "<a>\n  <b name=\"Zürich\"/>\n  <c name=\"".getBytes(StandardCharsets.UTF_8);
		byte[] broken = { (byte) 0xC3, 0x28 };
		Path file = folder.resolve("broken.xml");
		Files.write(file, concat(start, broken, "\"/>\n</a>\n".getBytes(StandardCharsets.UTF_8)));

		assertEquals(Optional.of(new TextPosition(3, 12)), TextPosition.firstMalformedUtf8(file));
	}

	@Test
	void aBrokenSequenceAcrossTheReadingChunksIsStillFound() throws IOException {
		byte[] start = ("x".repeat(65_535) + "\n").getBytes(StandardCharsets.UTF_8);
		Path file = folder.resolve("long.xml");
		Files.write(file, concat(start, "é".getBytes(StandardCharsets.UTF_8), new byte[] { (byte) 0xFF }));

		assertEquals(Optional.of(new TextPosition(2, 2)), TextPosition.firstMalformedUtf8(file));
	}

	@Test
	void correctTextHasNoMalformedPosition() throws IOException {
		Path file = Files.writeString(folder.resolve("fine.xml"), "<a name=\"Zürich\"/>\n");

		assertEquals(Optional.empty(), TextPosition.firstMalformedUtf8(file));
	}

	private static byte[] concat(byte[]... parts) {
		int length = 0;
		for (byte[] part : parts) {
			length += part.length;
		}
		byte[] all = new byte[length];
		int at = 0;
		for (byte[] part : parts) {
			System.arraycopy(part, 0, all, at, part.length);
			at += part.length;
		}
		return all;
	}
}

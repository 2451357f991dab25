package org.civitas.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A place in a text file, as editors count it: lines and columns from 1. Parsers report broken
 * encodings without a place ("Invalid byte 2 of 2-byte UTF-8 sequence"); this finds it.
 */
public record TextPosition(int line, int column) {

	private static final int CHUNK = 1 << 16;

	/** Where the first byte sequence that is not UTF-8 starts in {@code file}, if there is one. */
	public static Optional<TextPosition> firstMalformedUtf8(Path file) throws IOException {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer bytes = ByteBuffer.allocate(CHUNK);
		CharBuffer characters = CharBuffer.allocate(CHUNK);
		int line = 1;
		int column = 1;
		try (InputStream in = Files.newInputStream(file)) {
			boolean end = false;
			while (!end) {
				int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
				end = read < 0;
				bytes.position(bytes.position() + Math.max(read, 0));
				bytes.flip();
				CoderResult result = decoder.decode(bytes, characters, end);
				characters.flip();
				while (characters.hasRemaining()) {
					if (characters.get() == '\n') {
						line++;
						column = 1;
					} else {
						column++;
					}
				}
				characters.clear();
				if (result.isError()) {
					return Optional.of(new TextPosition(line, column));
				}
				bytes.compact();
			}
		}
		return Optional.empty();
	}
}

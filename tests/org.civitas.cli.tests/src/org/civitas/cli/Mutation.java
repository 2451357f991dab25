package org.civitas.cli;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ways a file a user gives Civitas can be broken, as a careless edit, a bad merge, a full
 * disk or a hostile sender breaks it. Each mutation takes the file's bytes and a random source
 * and returns the broken bytes; the same seed gives the same mutant.
 */
enum Mutation {

	TRUNCATED((bytes, random) -> Arrays.copyOf(bytes, random.nextInt(Math.max(1, bytes.length)))),
	EMPTY((bytes, random) -> new byte[0]),
	LINE_DELETED((bytes, random) -> lines(bytes, random, (lines, at) -> lines.remove((int) at))),
	LINES_SWAPPED((bytes, random) -> {
		List<String> lines = lines(bytes);
		int first = random.nextInt(lines.size());
		int second = random.nextInt(lines.size());
		String kept = lines.get(first);
		lines.set(first, lines.get(second));
		lines.set(second, kept);
		return join(lines);
	}),
	LINE_DUPLICATED((bytes, random) -> lines(bytes, random, (lines, at) -> lines.add(at, lines.get(at)))),
	NUMBER_CORRUPTED((bytes, random) -> replaceValue(bytes, random, Pattern.compile("=\"(-?\\d+(\\.\\d+)?)\""),
			"1e999", "NaN", "-Infinity", "12abc", "99999999999999999999999", "0x1F", "", " ", "4,5")),
	DATE_CORRUPTED((bytes, random) -> replaceValue(bytes, random, Pattern.compile("=\"(\\d{4}-\\d{2}-\\d{2})[^\"]*\""),
			"2025-13-45", "2025-02-30", "0000-00-00", "tomorrow", "2025-1-1", "31/12/2025", "2025-12-31T25:61:00")),
	ENUM_CORRUPTED((bytes, random) -> replaceValue(bytes, random, Pattern.compile("=\"([A-Z][A-Z_]{2,})\""),
			"BOGUS", "retire", "Tolerate", "", "TOLERATE MIGRATE")),
	REFERENCE_UNKNOWN((bytes, random) -> replaceValue(bytes, random,
			Pattern.compile("(?:provider|owner|sponsor|supplier|agency|service|source|target|root|model|dependsOn|accountableBody|chair|members|risks|mitigates|description|node|element)=\"([^\"]+)\""),
			"no-such-element", "a b c", "#//nothing", "Service:nope", "../x")),
	ID_DUPLICATED((bytes, random) -> {
		String text = text(bytes);
		List<int[]> ids = new ArrayList<>();
		Matcher matcher = Pattern.compile(" id=\"([^\"]+)\"").matcher(text);
		while (matcher.find()) {
			ids.add(new int[] { matcher.start(1), matcher.end(1) });
		}
		if (ids.size() < 2) {
			return bytes;
		}
		int[] original = ids.get(random.nextInt(ids.size()));
		int[] copy = ids.get(random.nextInt(ids.size()));
		return (text.substring(0, copy[0]) + text.substring(original[0], original[1]) + text.substring(copy[1]))
				.getBytes(StandardCharsets.UTF_8);
	}),
	INVALID_UTF8((bytes, random) -> insert(bytes, random.nextInt(bytes.length + 1),
			random.nextBoolean() ? new byte[] { (byte) 0xC3, 0x28 } : new byte[] { (byte) 0xFF, (byte) 0xFE, (byte) 0x80 })),
	DEEPLY_NESTED((bytes, random) -> {
		String text = text(bytes);
		int at = text.indexOf('>', text.indexOf("<", text.indexOf("?>") + 2)) + 1;
		String depth = random.nextBoolean() ? "<nested>".repeat(20_000) + "</nested>".repeat(20_000)
				: "(".repeat(5_000) + "1" + ")".repeat(5_000);
		if (depth.startsWith("(")) {
			return replaceValue(bytes, random, Pattern.compile("Expression=\"([^\"]*)\""), depth);
		}
		return (text.substring(0, at) + depth + text.substring(at)).getBytes(StandardCharsets.UTF_8);
	}),
	HUGE_ATTRIBUTE((bytes, random) -> replaceValue(bytes, random, Pattern.compile(" (?:name|label|description)=\"([^\"]*)\""),
			"x".repeat(4 << 20))),
	NAMESPACE_WRONG((bytes, random) -> text(bytes).replaceFirst("xmlns:(\\w+)=\"http://civitas\\.org/(\\w+)/1\\.0\"",
			random.nextBoolean() ? "xmlns:$1=\"http://civitas.org/$2/9.9\"" : "xmlns:$1=\"http://example.org/other\"")
			.getBytes(StandardCharsets.UTF_8)),
	BYTE_FLIPPED((bytes, random) -> {
		byte[] flipped = bytes.clone();
		for (int count = 1 + random.nextInt(4); count > 0 && flipped.length > 0; count--) {
			flipped[random.nextInt(flipped.length)] ^= (byte) (1 << random.nextInt(8));
		}
		return flipped;
	}),
	MARKUP_BROKEN((bytes, random) -> {
		String text = text(bytes);
		int at = random.nextInt(Math.max(1, text.length()));
		String[] damage = { "<", "\"", "&", "]]>", "<!-- ", "</unopened>", "<<<<<<< ours\n", "\u0000" };
		return (text.substring(0, at) + damage[random.nextInt(damage.length)] + text.substring(at))
				.getBytes(StandardCharsets.UTF_8);
	});

	private final BiFunction<byte[], Random, byte[]> mutate;

	Mutation(BiFunction<byte[], Random, byte[]> mutate) {
		this.mutate = mutate;
	}

	byte[] apply(byte[] bytes, Random random) {
		return mutate.apply(bytes, random);
	}

	private interface LineEdit {
		void apply(List<String> lines, Integer at);
	}

	private static byte[] lines(byte[] bytes, Random random, LineEdit edit) {
		List<String> lines = lines(bytes);
		edit.apply(lines, random.nextInt(lines.size()));
		return join(lines);
	}

	private static List<String> lines(byte[] bytes) {
		return new ArrayList<>(Arrays.asList(text(bytes).split("\n", -1)));
	}

	private static byte[] join(List<String> lines) {
		return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
	}

	private static String text(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}

	private static byte[] insert(byte[] bytes, int at, byte[] inserted) {
		byte[] result = new byte[bytes.length + inserted.length];
		System.arraycopy(bytes, 0, result, 0, at);
		System.arraycopy(inserted, 0, result, at, inserted.length);
		System.arraycopy(bytes, at, result, at + inserted.length, bytes.length - at);
		return result;
	}

	/** Replaces the first group of one random match of {@code pattern} by one of {@code values}. */
	private static byte[] replaceValue(byte[] bytes, Random random, Pattern pattern, String... values) {
		String text = text(bytes);
		List<int[]> matches = new ArrayList<>();
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			matches.add(new int[] { matcher.start(1), matcher.end(1) });
		}
		if (matches.isEmpty()) {
			return BYTE_FLIPPED.apply(bytes, random);
		}
		int[] match = matches.get(random.nextInt(matches.size()));
		String value = values[random.nextInt(values.length)];
		return (text.substring(0, match[0]) + value + text.substring(match[1])).getBytes(StandardCharsets.UTF_8);
	}
}

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the product's about.mappings: the version and build time of this build, and the
 * versions of the Eclipse Platform, EMF and ELK it is built on, read from the target
 * definition, so that Help > About says what the build contains without anyone editing it.
 *
 * <p>Arguments: the target definition, the file to write, the qualified version, the build
 * qualifier (yyyyMMddHHmm, as Tycho makes it).
 */
public final class WriteAboutMappings {

	public static void main(String[] args) throws IOException {
		String target = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
		String platform = find(target, "label=\"Eclipse Platform ([0-9.]+)\"");
		String emf = find(target, "<artifactId>org\\.eclipse\\.emf\\.ecore</artifactId><version>([^<]+)</version>");
		String elk = find(target, "<artifactId>org\\.eclipse\\.elk\\.core</artifactId><version>([^<]+)</version>");
		String built = LocalDateTime.parse(args[3], DateTimeFormatter.ofPattern("yyyyMMddHHmm"))
				.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
		String mappings = "# Written by releng/scripts/WriteAboutMappings.java on every build; never edit.\n"
				+ "0=" + args[2] + "\n1=" + built + "\n2=" + platform + "\n3=" + emf + "\n4=" + elk + "\n";
		Files.writeString(Path.of(args[1]), mappings, StandardCharsets.UTF_8);
	}

	private static String find(String text, String regex) {
		Matcher matcher = Pattern.compile(regex).matcher(text);
		if (!matcher.find()) {
			throw new IllegalStateException("The target definition has no match for " + regex);
		}
		return matcher.group(1);
	}
}

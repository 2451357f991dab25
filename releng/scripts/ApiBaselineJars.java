import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Reduces built bundles to their API for the baseline the build checks API packages against:
 * each bundle's manifest and the classes of the packages it exports as API (neither
 * {@code x-internal} nor {@code x-friends}). Bundles without API packages are left out.
 * Run with the JDK's source launcher: {@code java ApiBaselineJars.java OUTPUT-FOLDER JAR...}.
 */
public final class ApiBaselineJars {

	public static void main(String[] arguments) throws IOException {
		if (arguments.length < 2) {
			System.err.println("usage: java ApiBaselineJars.java OUTPUT-FOLDER BUNDLE.jar...");
			System.exit(2);
		}
		Path output = Path.of(arguments[0]);
		Files.createDirectories(output);
		for (int i = 1; i < arguments.length; i++) {
			reduce(Path.of(arguments[i]), output);
		}
	}

	private static void reduce(Path bundle, Path output) throws IOException {
		try (JarFile jar = new JarFile(bundle.toFile())) {
			Manifest manifest = jar.getManifest();
			Attributes headers = manifest.getMainAttributes();
			String symbolicName = headers.getValue("Bundle-SymbolicName").split(";")[0].strip();
			List<String> api = apiPackages(headers.getValue("Export-Package"));
			if (api.isEmpty()) {
				return;
			}
			Path reduced = output.resolve(symbolicName + "_" + headers.getValue("Bundle-Version") + ".jar");
			int classes = 0;
			try (OutputStream file = Files.newOutputStream(reduced); JarOutputStream out = new JarOutputStream(file, manifest)) {
				for (JarEntry entry : jar.stream().toList()) {
					String name = entry.getName();
					int slash = name.lastIndexOf('/');
					if (!name.endsWith(".class") || slash < 0 || !api.contains(name.substring(0, slash).replace('/', '.'))) {
						continue;
					}
					out.putNextEntry(new JarEntry(name));
					try (var content = jar.getInputStream(entry)) {
						content.transferTo(out);
					}
					out.closeEntry();
					classes++;
				}
			}
			System.out.println(symbolicName + ": " + api.size() + " API packages, " + classes + " classes");
		}
	}

	/** The exported packages that are API: the header's clauses without x-internal or x-friends. */
	private static List<String> apiPackages(String exportPackage) {
		List<String> api = new ArrayList<>();
		if (exportPackage == null) {
			return api;
		}
		for (String clause : clauses(exportPackage)) {
			String[] parts = clause.split(";");
			boolean internal = false;
			for (int i = 1; i < parts.length; i++) {
				String directive = parts[i].strip().replace(" ", "");
				internal |= directive.equals("x-internal:=true") || directive.equals("x-internal:=\"true\"")
						|| directive.startsWith("x-friends:=");
			}
			if (!internal) {
				api.add(parts[0].strip());
			}
		}
		return api;
	}

	/** The header's clauses: split at commas outside quoted values. */
	private static List<String> clauses(String header) {
		List<String> clauses = new ArrayList<>();
		StringBuilder clause = new StringBuilder();
		boolean quoted = false;
		for (char c : header.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			if (c == ',' && !quoted) {
				clauses.add(clause.toString());
				clause.setLength(0);
			} else {
				clause.append(c);
			}
		}
		clauses.add(clause.toString());
		return clauses;
	}
}

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * Removes the signatures from the jars the Java runtime itself loads at start-up (the launcher
 * and the OSGi framework), in every product the build materialized. The runtime checks a
 * signed jar on its own class loaders at every start (an RSA signature, and a SHA-256 digest
 * of each class it loads) and never puts its classes in a class-data sharing archive; Equinox
 * loads all other bundles and checks no bundle's signature, so those keep theirs. Measured in
 * docs/measurements.md (start-up, issue 14).
 *
 * <pre>
 * java StripJarSignatures.java &lt;products folder&gt; &lt;jar name prefix&gt;...
 * </pre>
 */
public final class StripJarSignatures {

	private StripJarSignatures() {
	}

	public static void main(String[] arguments) throws IOException {
		if (arguments.length < 2) {
			System.err.println("usage: java StripJarSignatures.java <products folder> <jar name prefix>...");
			System.exit(2);
		}
		Path products = Path.of(arguments[0]);
		List<String> prefixes = List.of(arguments).subList(1, arguments.length);
		List<Path> jars = new ArrayList<>();
		try (Stream<Path> files = Files.walk(products)) {
			files.filter(file -> file.getParent() != null && file.getParent().getFileName().toString().equals("plugins"))
					.filter(file -> file.getFileName().toString().endsWith(".jar"))
					.filter(file -> prefixes.stream().anyMatch(prefix -> file.getFileName().toString().startsWith(prefix)))
					.forEach(jars::add);
		}
		if (jars.isEmpty()) {
			System.err.println("StripJarSignatures: no jar named " + prefixes + " under " + products);
			System.exit(1);
		}
		for (Path jar : jars) {
			if (strip(jar)) {
				System.out.println("Signatures removed from " + products.relativize(jar));
			}
		}
	}

	/** Rewrites {@code jar} without its signature files and per-entry digests; whether it was signed. */
	private static boolean strip(Path jar) throws IOException {
		Path unsigned = jar.resolveSibling(jar.getFileName() + ".unsigned");
		boolean signed = false;
		try (JarFile original = new JarFile(jar.toFile(), false)) {
			Manifest manifest = original.getManifest();
			if (manifest != null) {
				signed = !manifest.getEntries().isEmpty();
				// The digests are what a signature signs; without one they only mislead.
				manifest.getEntries().clear();
			}
			try (OutputStream file = Files.newOutputStream(unsigned);
					JarOutputStream copy = manifest == null ? new JarOutputStream(file) : new JarOutputStream(file, manifest)) {
				for (Enumeration<JarEntry> entries = original.entries(); entries.hasMoreElements();) {
					JarEntry entry = entries.nextElement();
					String name = entry.getName().toUpperCase(Locale.ROOT);
					if (name.equals(JarFile.MANIFEST_NAME) || isSignatureFile(name)) {
						signed |= isSignatureFile(name);
						continue;
					}
					JarEntry copied = new JarEntry(entry.getName());
					copied.setTime(entry.getTime());
					copy.putNextEntry(copied);
					try (InputStream content = original.getInputStream(entry)) {
						content.transferTo(copy);
					}
					copy.closeEntry();
				}
			}
		}
		if (!signed) {
			Files.delete(unsigned);
			return false;
		}
		Files.move(unsigned, jar, StandardCopyOption.REPLACE_EXISTING);
		return true;
	}

	private static boolean isSignatureFile(String upperCaseName) {
		return upperCaseName.startsWith("META-INF/") && upperCaseName.indexOf('/', "META-INF/".length()) < 0
				&& (upperCaseName.endsWith(".SF") || upperCaseName.endsWith(".RSA") || upperCaseName.endsWith(".DSA")
						|| upperCaseName.endsWith(".EC") || upperCaseName.startsWith("META-INF/SIG-"));
	}
}

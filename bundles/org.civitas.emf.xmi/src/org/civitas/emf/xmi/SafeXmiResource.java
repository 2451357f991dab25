package org.civitas.emf.xmi;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.CommonPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;

/**
 * XMI for files that people exchange and keep in Git: safe to open and never half-written.
 * <ul>
 * <li>The parser refuses document type declarations, so a file can neither read other files
 * through external entities nor blow up through entity expansion.</li>
 * <li>Saving to a local file writes beside it and moves over it, so a crash or an error during
 * save leaves the previous version intact.</li>
 * </ul>
 * Subclasses add their own load and save options to the defaults.
 */
public class SafeXmiResource extends XMIResourceImpl {

	private static final String SAVING_SUFFIX = ".saving"; //$NON-NLS-1$

	/** Parsers are costly to create and the pool is thread-safe, so all resources share it. */
	private static final XMLParserPoolImpl PARSER_POOL = new XMLParserPoolImpl();

	public SafeXmiResource(URI uri) {
		super(uri);
		Map<String, Boolean> parserFeatures = new HashMap<>();
		parserFeatures.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE); //$NON-NLS-1$
		parserFeatures.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE); //$NON-NLS-1$
		parserFeatures.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE); //$NON-NLS-1$
		parserFeatures.put("http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE); //$NON-NLS-1$
		getDefaultLoadOptions().put(XMLResource.OPTION_PARSER_FEATURES, parserFeatures);
		getDefaultLoadOptions().put(XMLResource.OPTION_USE_PARSER_POOL, PARSER_POOL);
		getDefaultLoadOptions().put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		getDefaultSaveOptions().put(XMLResource.OPTION_ENCODING, "UTF-8"); //$NON-NLS-1$
		getDefaultSaveOptions().put(XMLResource.OPTION_LINE_WIDTH, 120);
		getDefaultSaveOptions().put(XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.TRUE);
	}

	@Override
	public void save(Map<?, ?> options) throws IOException {
		Path target = localFile(getURI());
		if (target == null) {
			super.save(options);
			return;
		}
		Path folder = target.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		Path partial = Files.createTempFile(folder, "." + target.getFileName(), SAVING_SUFFIX); //$NON-NLS-1$
		try {
			try (OutputStream out = Files.newOutputStream(partial)) {
				super.save(out, options);
			}
			moveOver(partial, target);
			setModified(false);
		} finally {
			Files.deleteIfExists(partial);
		}
	}

	private static void moveOver(Path partial, Path target) throws IOException {
		try {
			Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException notOnThisFileSystem) {
			Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/** The local file a URI stands for ({@code platform:/resource} ones included), or {@code null}. */
	private static Path localFile(URI uri) {
		URI local = uri.isFile() ? uri : CommonPlugin.asLocalURI(uri);
		return local.isFile() ? Path.of(local.toFileString()) : null;
	}
}

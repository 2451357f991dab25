package org.civitas.emf.xmi;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.civitas.files.SafeFiles;
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
 * <li>Saving to a local file goes through {@link SafeFiles}: whole or not at all, durable,
 * keeping the file's permissions and links.</li>
 * </ul>
 * Subclasses add their own load and save options to the defaults.
 */
public class SafeXmiResource extends XMIResourceImpl {

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
		SafeFiles.write(target, stream -> super.save(stream, options));
		setModified(false);
	}

	/** The local file a URI stands for ({@code platform:/resource} ones included), or {@code null}. */
	private static Path localFile(URI uri) {
		URI local = uri.isFile() ? uri : CommonPlugin.asLocalURI(uri);
		return local.isFile() ? Path.of(local.toFileString()) : null;
	}
}

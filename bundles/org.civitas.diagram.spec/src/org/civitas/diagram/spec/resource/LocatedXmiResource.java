package org.civitas.diagram.spec.resource;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;

import org.eclipse.emf.common.CommonPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;
import org.xml.sax.helpers.DefaultHandler;

/**
 * XMI for files people write by hand or keep in Git (specifications, diagrams): safe to open,
 * able to say on which line each element was written, and never half-written.
 * <ul>
 * <li>The parser refuses document type declarations, so a file can neither read other files
 * through external entities nor blow up through entity expansion.</li>
 * <li>{@link #lineOf(EObject)} gives the line of the start tag of a loaded element, so that a
 * problem found after loading (a misspelt feature in an expression) can point into the
 * file.</li>
 * <li>Saving writes beside the target and moves over it, so a failed save leaves the previous
 * version intact.</li>
 * </ul>
 */
public class LocatedXmiResource extends XMIResourceImpl {

	private static final String SAVING_SUFFIX = ".saving"; //$NON-NLS-1$

	/** Parsers are costly to create and the pool is thread-safe, so all resources share it. */
	private static final XMLParserPoolImpl PARSER_POOL = new XMLParserPoolImpl();

	/** Weak: the lines of an element removed from the resource go with it. */
	private final Map<EObject, Integer> lines = new WeakHashMap<>();

	public LocatedXmiResource(URI uri) {
		super(uri);
		getDefaultLoadOptions().putAll(loadOptions());
		getDefaultSaveOptions().putAll(saveOptions());
	}

	private static Map<Object, Object> loadOptions() {
		Map<Object, Object> options = new HashMap<>();
		Map<String, Boolean> parserFeatures = new HashMap<>();
		parserFeatures.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE); //$NON-NLS-1$
		parserFeatures.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE); //$NON-NLS-1$
		parserFeatures.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE); //$NON-NLS-1$
		parserFeatures.put("http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE); //$NON-NLS-1$
		options.put(XMLResource.OPTION_PARSER_FEATURES, parserFeatures);
		options.put(XMLResource.OPTION_USE_PARSER_POOL, PARSER_POOL);
		options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		return options;
	}

	private static Map<Object, Object> saveOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, "UTF-8"); //$NON-NLS-1$
		options.put(XMLResource.OPTION_LINE_WIDTH, 120);
		options.put(XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.TRUE);
		return options;
	}

	/** The line of the element's start tag in the file it was loaded from, or 0 if it was not loaded. */
	public int lineOf(EObject element) {
		return lines.getOrDefault(element, 0);
	}

	@Override
	protected XMLLoad createXMLLoad() {
		return new XMILoadImpl(createXMLHelper()) {
			@Override
			protected DefaultHandler makeDefaultHandler() {
				return new LineRecordingHandler(resource, helper, options);
			}
		};
	}

	private final class LineRecordingHandler extends SAXXMIHandler {

		LineRecordingHandler(XMLResource resource, XMLHelper helper, Map<?, ?> options) {
			super(resource, helper, options);
		}

		@Override
		protected void processObject(EObject object) {
			if (object != null) {
				lines.put(object, getLineNumber());
			}
			super.processObject(object);
		}
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

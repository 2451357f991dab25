package org.civitas.portfolio.model.resource;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

import org.civitas.portfolio.model.Identified;
import org.eclipse.emf.common.CommonPlugin;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;

/**
 * A {@code .portfolio} file: XMI that plain EMF reads with the {@code .ecore} alone, with three
 * guarantees on top.
 * <ul>
 * <li><b>Safe to open.</b> The XML parser refuses document type declarations, so a file can
 * neither read other files through external entities nor blow up through entity
 * expansion.</li>
 * <li><b>Stable identity.</b> Every element gets a UUID in its {@code id} when it joins the
 * resource (or, for older files, when it is loaded); references and other files use it. An
 * element that joins with an id another element already has (a pasted copy) gets a new
 * one.</li>
 * <li><b>Never half-written.</b> A file on disk is written beside the target and then moved
 * over it, so a crash or an error during save leaves the previous version intact.</li>
 * </ul>
 */
public class PortfolioResource extends XMIResourceImpl {

	/** File extension of portfolio models. */
	public static final String FILE_EXTENSION = "portfolio"; //$NON-NLS-1$

	private static final String SAVING_SUFFIX = ".saving"; //$NON-NLS-1$

	/** Parsers are costly to create and the pool is thread-safe, so all resources share it. */
	private static final XMLParserPoolImpl PARSER_POOL = new XMLParserPoolImpl();

	public PortfolioResource(URI uri) {
		super(uri);
		getDefaultLoadOptions().putAll(loadOptions());
		getDefaultSaveOptions().putAll(saveOptions());
		// References are stored by id; without this index every lookup scans the whole model,
		// which makes loading quadratic in the number of elements.
		setIntrinsicIDToEObjectMap(new HashMap<>());
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
		options.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
		// Loading builds a fresh tree that nobody observes yet: no notifications, attach once at
		// the end, and look XML names up in caches instead of the metamodel every time.
		options.put(XMLResource.OPTION_DISABLE_NOTIFY, Boolean.TRUE);
		options.put(XMLResource.OPTION_DEFER_ATTACHMENT, Boolean.TRUE);
		options.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>());
		options.put(XMLResource.OPTION_USE_CACHED_LOOKUP_TABLE, new ArrayList<>());
		return options;
	}

	private static Map<Object, Object> saveOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, "UTF-8"); //$NON-NLS-1$
		options.put(XMLResource.OPTION_LINE_WIDTH, 120);
		options.put(XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.TRUE);
		return options;
	}

	@Override
	protected boolean useIDAttributes() {
		return true;
	}

	@Override
	protected boolean isAttachedDetachedHelperRequired() {
		return true;
	}

	@Override
	protected void attachedHelper(EObject eObject) {
		// A pasted or duplicated element arrives with the id of its original; two elements
		// with one id would make references ambiguous, so the newcomer gets a new one.
		if (!isLoading() && eObject instanceof Identified identified && identified.getId() != null) {
			EObject holder = getIntrinsicIDToEObjectMap().get(identified.getId());
			if (holder != null && holder != eObject) {
				identified.setId(null);
			}
		}
		super.attachedHelper(eObject);
		// While loading, the file's own id has not been read yet; loaded() fills in the gaps.
		if (!isLoading()) {
			assignIdIfMissing(eObject);
		}
	}

	@Override
	public void load(Map<?, ?> options) throws IOException {
		super.load(options);
		for (TreeIterator<EObject> all = getAllContents(); all.hasNext();) {
			assignIdIfMissing(all.next());
		}
		setModified(false);
	}

	/** Gives an element without an id a new one, and indexes it so that it can be found by it. */
	private void assignIdIfMissing(EObject eObject) {
		if (eObject instanceof Identified identified && identified.getId() == null) {
			identified.setId(EcoreUtil.generateUUID());
			getIntrinsicIDToEObjectMap().put(identified.getId(), eObject);
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

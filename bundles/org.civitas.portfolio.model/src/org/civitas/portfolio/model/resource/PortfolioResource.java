package org.civitas.portfolio.model.resource;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

import org.civitas.emf.xmi.SafeXmiResource;
import org.civitas.portfolio.model.Identified;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;

/**
 * A {@code .portfolio} file: XMI that plain EMF reads with the {@code .ecore} alone, with three
 * guarantees on top.
 * <ul>
 * <li><b>Safe to open</b> (from {@link SafeXmiResource}): no document type declarations, so no
 * external entities and no entity expansion.</li>
 * <li><b>Stable identity.</b> Every element gets a UUID in its {@code id} when it joins the
 * resource (or, for older files, when it is loaded); references and other files use it. An
 * element that joins with an id another element already has (a pasted copy) gets a new
 * one.</li>
 * <li><b>Never half-written</b> (from {@link SafeXmiResource}): a file on disk is written beside
 * the target and then moved over it.</li>
 * </ul>
 */
public class PortfolioResource extends SafeXmiResource {

	/** File extension of portfolio models. */
	public static final String FILE_EXTENSION = "portfolio"; //$NON-NLS-1$

	public PortfolioResource(URI uri) {
		super(uri);
		getDefaultLoadOptions().putAll(loadOptions());
		// References are stored by id; without this index every lookup scans the whole model,
		// which makes loading quadratic in the number of elements.
		setIntrinsicIDToEObjectMap(new HashMap<>());
	}

	private static Map<Object, Object> loadOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
		// Loading builds a fresh tree that nobody observes yet: no notifications, attach once at
		// the end, and look XML names up in caches instead of the metamodel every time.
		options.put(XMLResource.OPTION_DISABLE_NOTIFY, Boolean.TRUE);
		options.put(XMLResource.OPTION_DEFER_ATTACHMENT, Boolean.TRUE);
		options.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>());
		options.put(XMLResource.OPTION_USE_CACHED_LOOKUP_TABLE, new ArrayList<>());
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
}

package org.civitas.emf.xmi;

import java.util.Map;
import java.util.WeakHashMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A {@link SafeXmiResource} for files people write by hand (specifications, diagrams) that can
 * say on which line each loaded element was written, so that a problem found after loading (a
 * misspelt feature in an expression) can point into the file.
 */
public class LocatedXmiResource extends SafeXmiResource {

	/** Weak: the line of an element removed from the resource goes with it. */
	private final Map<EObject, Integer> lines = new WeakHashMap<>();

	public LocatedXmiResource(URI uri) {
		super(uri);
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
}

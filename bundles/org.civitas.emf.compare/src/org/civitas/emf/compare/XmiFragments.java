package org.civitas.emf.compare;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * Elements of one model written as XMI text and read back, so that a conflict can carry
 * theirs' version of an element after theirs' file is gone. References to elements outside
 * the fragment are written as links by key and come back as proxies whose fragment is that key.
 */
final class XmiFragments {

	private static final URI FRAGMENT = URI.createURI("fragment.xmi"); //$NON-NLS-1$
	/** Where links to elements outside a fragment point: the merged model, by key. */
	private static final URI OUTSIDE = URI.createURI("model.xmi"); //$NON-NLS-1$

	private XmiFragments() {
	}

	/** The elements with their contents, references to other elements as links by their key in {@code keys}. */
	static String write(Collection<? extends EObject> elements, ElementKeys keys) {
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		Collection<EObject> copies = copier.copyAll(elements);
		copier.copyReferences();
		Set<EObject> copied = Collections.newSetFromMap(new IdentityHashMap<>());
		copied.addAll(copier.values());
		for (EObject copy : copier.values()) {
			linkOutside(copy, copied, keys);
		}
		Resource resource = new XMIResourceImpl(FRAGMENT);
		new ResourceSetImpl().getResources().add(resource);
		resource.getContents().addAll(copies);
		ByteArrayOutputStream text = new ByteArrayOutputStream();
		try {
			resource.save(text, Map.of(XMLResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
		} catch (IOException unwritable) {
			throw new UncheckedIOException(unwritable);
		}
		return text.toString(StandardCharsets.UTF_8);
	}

	/** Replaces the copy's references to elements outside the fragment by links (proxies) with their key. */
	@SuppressWarnings("unchecked")
	private static void linkOutside(EObject copy, Set<EObject> copied, ElementKeys keys) {
		for (EReference reference : CrossReferences.of(copy.eClass())) {
			if (reference.isMany()) {
				List<EObject> targets = (List<EObject>) copy.eGet(reference, false);
				for (int i = 0; i < targets.size(); i++) {
					if (!copied.contains(targets.get(i))) {
						targets.set(i, link(targets.get(i), keys));
					}
				}
			} else if (copy.eGet(reference, false) instanceof EObject target && !copied.contains(target)) {
				copy.eSet(reference, link(target, keys));
			}
		}
	}

	private static EObject link(EObject target, ElementKeys keys) {
		InternalEObject proxy = (InternalEObject) EcoreUtil.create(target.eClass());
		proxy.eSetProxyURI(OUTSIDE.appendFragment(ModelComparison.referenceKey(keys, target)));
		return proxy;
	}

	static List<EObject> read(String fragment) throws IOException {
		Resource resource = new XMIResourceImpl(FRAGMENT);
		new ResourceSetImpl().getResources().add(resource);
		resource.load(new ByteArrayInputStream(fragment.getBytes(StandardCharsets.UTF_8)), Map.of());
		return List.copyOf(resource.getContents());
	}
}

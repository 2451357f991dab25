package org.civitas.emf.compare;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
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

	private XmiFragments() {
	}

	static String write(Collection<? extends EObject> elements) {
		Resource resource = new XMIResourceImpl(FRAGMENT);
		new ResourceSetImpl().getResources().add(resource);
		resource.getContents().addAll(EcoreUtil.copyAll(elements));
		ByteArrayOutputStream text = new ByteArrayOutputStream();
		try {
			resource.save(text, Map.of(XMLResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
		} catch (IOException unwritable) {
			throw new UncheckedIOException(unwritable);
		}
		return text.toString(StandardCharsets.UTF_8);
	}

	static List<EObject> read(String fragment) throws IOException {
		Resource resource = new XMIResourceImpl(FRAGMENT);
		new ResourceSetImpl().getResources().add(resource);
		resource.load(new ByteArrayInputStream(fragment.getBytes(StandardCharsets.UTF_8)), Map.of());
		return List.copyOf(resource.getContents());
	}
}

package org.civitas.validation.ui;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.civitas.testing.ui.TestWorkspace;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;

/** Workspace copies of the fixtures beside the tests, and their markers. */
final class TestFiles {

	private TestFiles() {
	}

	/** A new project with a copy of the fixture {@code name} from the fragment's {@code data} folder. */
	static IFile copy(String name) throws CoreException, IOException {
		return TestWorkspace.copyOfFixture(TestFiles.class, name);
	}

	static void replaceText(IFile file, String from, String to) throws CoreException, IOException {
		String text = new String(file.getContents().readAllBytes(), StandardCharsets.UTF_8).replace(from, to);
		file.setContents(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), IResource.NONE, null);
	}

	static URI uri(IFile file) {
		return URI.createPlatformResourceURI(file.getFullPath().toString(), true);
	}

	static List<IMarker> markers(IFile file) {
		try {
			return List.of(file.findMarkers(ValidationMarkers.TYPE, false, IResource.DEPTH_ZERO));
		} catch (CoreException e) {
			throw new AssertionError(e);
		}
	}

	static List<IMarker> markers(IFile file, String rule) {
		return markers(file).stream().filter(marker -> rule.equals(marker.getAttribute(ValidationMarkers.RULE, ""))).toList();
	}
}

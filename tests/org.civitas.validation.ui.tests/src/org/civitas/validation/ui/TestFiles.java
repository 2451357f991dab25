package org.civitas.validation.ui;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.osgi.framework.FrameworkUtil;

/** Workspace copies of the fixtures beside the tests, and their markers. */
final class TestFiles {

	private static final AtomicInteger COUNTER = new AtomicInteger();

	private TestFiles() {
	}

	/** A new project with a copy of the fixture {@code name} from the fragment's {@code data} folder. */
	static IFile copy(String name) throws CoreException, IOException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("validation-test-" + COUNTER.incrementAndGet());
		project.create(null);
		project.open(null);
		IFile file = project.getFile(name);
		URL fixture = FrameworkUtil.getBundle(TestFiles.class).findEntries("data", name, false).nextElement();
		try (InputStream content = fixture.openStream()) {
			file.create(content, IResource.NONE, null);
		}
		return file;
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

package org.civitas.team.ui;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.civitas.emf.compare.Change;
import org.civitas.emf.compare.ChangeSummary;
import org.civitas.emf.compare.DiffText;
import org.civitas.emf.compare.ModelComparison;
import org.civitas.emf.xmi.ModelVersion;
import org.eclipse.compare.CompareConfiguration;
import org.eclipse.compare.CompareEditorInput;
import org.eclipse.compare.IStreamContentAccessor;
import org.eclipse.compare.ITypedElement;
import org.eclipse.compare.structuremergeviewer.DiffNode;
import org.eclipse.compare.structuremergeviewer.Differencer;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;

/**
 * Two versions of a model side by side in the platform's compare editor, element by element:
 * the tree lists each changed element (added, removed, changed) and under it each changed
 * feature; selecting one shows the old and the new value side by side. Built on the semantic
 * comparison, so a change of the file's layout on disk is no change, and the values are in the
 * editor's words, not XML.
 */
final class ModelCompareInput extends CompareEditorInput {

	/** One version: what the compare editor calls it and its bytes (read when the editor opens). */
	record Version(String label, Contents contents) {
	}

	/** The bytes of a version, read in the compare editor's progress. */
	interface Contents {
		byte[] read() throws IOException;
	}

	private final String kindPath;
	private final Version newer;
	private final Version older;
	private final DiffText words;
	/** How many elements changed, known once the input is prepared. */
	private int changedElements;

	/**
	 * @param kindPath the model's path, which names its kind
	 * @param newer shown on the left
	 * @param older shown on the right
	 */
	ModelCompareInput(String kindPath, Version newer, Version older, DiffText words) {
		super(configuration(newer, older));
		this.kindPath = kindPath;
		this.newer = newer;
		this.older = older;
		this.words = words;
		setTitle(NLS.bind(Messages.Compare_title, new Object[] { URI.createFileURI(kindPath).lastSegment(), newer.label(),
				older.label() }));
	}

	private static CompareConfiguration configuration(Version newer, Version older) {
		CompareConfiguration configuration = new CompareConfiguration();
		configuration.setLeftLabel(newer.label());
		configuration.setRightLabel(older.label());
		configuration.setLeftEditable(false);
		configuration.setRightEditable(false);
		return configuration;
	}

	@Override
	protected Object prepareInput(IProgressMonitor monitor) throws InvocationTargetException, InterruptedException {
		monitor.beginTask(getTitle(), 3);
		try {
			EObject after = read(newer);
			monitor.worked(1);
			EObject before = null;
			DiffNode root = new DiffNode(Differencer.NO_CHANGE);
			try {
				before = read(older);
				monitor.worked(1);
				List<Change> changes = ModelComparison.changes(before, after);
				monitor.worked(1);
				Map<EObject, List<Change>> byElement = changes.stream()
						.collect(Collectors.groupingBy(ChangeSummary::element, LinkedHashMap::new, Collectors.toList()));
				byElement.forEach((element, itsChanges) -> elementNode(root, element, itsChanges));
				changedElements = byElement.size();
			} finally {
				// the tree holds only words: the versions can go
				ModelVersion.release(after);
				ModelVersion.release(before);
			}
			if (changedElements == 0) {
				setMessage(Messages.Compare_noChanges);
			}
			return root;
		} catch (IOException unreadable) {
			throw new InvocationTargetException(new CoreException(Status.error(unreadable.getMessage(), unreadable)));
		} finally {
			monitor.done();
		}
	}

	int changedElements() {
		return changedElements;
	}

	private EObject read(Version version) throws IOException {
		URI kind = URI.createFileURI(kindPath);
		try {
			return ModelVersion.read(new ByteArrayInputStream(version.contents().read()), kind, kind).getContents().get(0);
		} catch (IOException unreadable) {
			throw new IOException(NLS.bind(Messages.Compare_unreadable, unreadable.getMessage(), version.label()), unreadable);
		}
	}

	/** The element's node, and a node for each thing that changed in it. */
	private void elementNode(DiffNode root, EObject element, List<Change> changes) {
		int kind = changes.stream().allMatch(Change.Added.class::isInstance) ? Differencer.ADDITION
				: changes.stream().allMatch(Change.Removed.class::isInstance) ? Differencer.DELETION : Differencer.CHANGE;
		String name = words.element(element);
		DiffNode node = new DiffNode(root, kind, null, null, null) {
			@Override
			public String getName() {
				return name;
			}

			@Override
			public String getType() {
				return ITypedElement.FOLDER_TYPE;
			}
		};
		for (Change change : changes) {
			if (change instanceof Change.Added added) {
				side(node, Differencer.ADDITION, Messages.Compare_element, describe(added.after()), null);
			} else if (change instanceof Change.Removed removed) {
				side(node, Differencer.DELETION, Messages.Compare_element, null, describe(removed.before()));
			} else if (change instanceof Change.Moved moved) {
				side(node, Differencer.CHANGE, Messages.Compare_place,
						place(moved.newContainer(), moved.newList()), place(moved.oldContainer(), moved.oldList()));
			} else if (change instanceof Change.ValueChanged value) {
				side(node, Differencer.CHANGE, words.feature(value.after(), value.feature()),
						words.value(value.feature(), value.newValue()), words.value(value.feature(), value.oldValue()));
			} else {
				Change.ListChanged list = (Change.ListChanged) change;
				side(node, Differencer.CHANGE, words.feature(list.after(), list.feature()),
						items(list.feature(), (List<?>) list.after().eGet(list.feature())),
						items(list.feature(), (List<?>) list.before().eGet(list.feature())));
			}
		}
	}

	private static void side(DiffNode parent, int kind, String feature, String newer, String older) {
		new DiffNode(parent, kind, null, newer == null ? null : new Value(feature, newer), older == null ? null : new Value(feature, older));
	}

	/** An element with every value it has, one per line. */
	private String describe(EObject element) {
		StringBuilder text = new StringBuilder(words.element(element)).append('\n');
		for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
			boolean contents = feature instanceof EReference reference && reference.isContainment();
			if (!contents && !feature.isDerived() && !feature.isTransient() && element.eIsSet(feature)) {
				text.append(words.feature(element, feature)).append(": ").append(words.value(feature, element.eGet(feature))) //$NON-NLS-1$
						.append('\n');
			}
		}
		return text.toString();
	}

	private String place(EObject container, EReference list) {
		return words.element(container) + " \u203a " + words.feature(container, list); //$NON-NLS-1$
	}

	private String items(EStructuralFeature feature, List<?> items) {
		return items.stream().map(item -> words.value(feature, item)).collect(Collectors.joining("\n")); //$NON-NLS-1$
	}

	/** One side of a changed feature: its value as text, shown by the compare editor's text viewer. */
	private record Value(String name, String text) implements ITypedElement, IStreamContentAccessor {
		@Override
		public String getName() {
			return name;
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public String getType() {
			return ITypedElement.TEXT_TYPE;
		}

		@Override
		public InputStream getContents() {
			return new ByteArrayInputStream((text.endsWith("\n") ? text : text + '\n').getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$
		}
	}
}

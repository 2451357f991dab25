package org.civitas.validation.ui;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

import org.civitas.validation.Severity;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.BaseLabelProvider;
import org.eclipse.jface.viewers.DecorationOverlayIcon;
import org.eclipse.jface.viewers.IDecoration;
import org.eclipse.jface.viewers.ILabelDecorator;
import org.eclipse.jface.viewers.LabelProviderChangedEvent;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/**
 * Marks tree items that have problems, the way Java editors do: an error or warning overlay
 * on the icon of an element with findings and of everything that contains one, so a problem
 * deep in a model is visible from the top. Items that are not elements (such as groups an
 * item provider shows) take the worst of their children.
 */
public final class ProblemDecorator extends BaseLabelProvider implements ILabelDecorator {

	private final AdapterFactory adapterFactory;
	private LiveValidation validation;
	private final LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources());
	private final Consumer<Set<EObject>> changes = this::severitiesChanged;

	/** A decorator of the items {@code adapterFactory} gives the tree structure of; see {@link #setValidation}. */
	public ProblemDecorator(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
	}

	/** Shows the findings of {@code newValidation} (or none, if {@code null}), for a model read again. */
	public void setValidation(LiveValidation newValidation) {
		if (validation != null) {
			validation.removeListener(changes);
		}
		validation = newValidation;
		if (validation != null) {
			validation.addListener(changes);
		}
		fireLabelProviderChanged(new LabelProviderChangedEvent(this));
	}

	@Override
	public Image decorateImage(Image image, Object element) {
		Severity severity = severityOf(element);
		if (image == null || severity == null || severity == Severity.INFO) {
			return null;
		}
		String overlay = severity == Severity.ERROR ? ISharedImages.IMG_DEC_FIELD_ERROR : ISharedImages.IMG_DEC_FIELD_WARNING;
		ImageDescriptor overlayImage = PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(overlay);
		return resources.create(new DecorationOverlayIcon(image, overlayImage, IDecoration.BOTTOM_LEFT));
	}

	@Override
	public String decorateText(String text, Object element) {
		return null;
	}

	/** The worst finding on the element or under it, or {@code null}. */
	Severity severityOf(Object element) {
		if (validation == null) {
			return null;
		}
		if (element instanceof EObject eObject) {
			return validation.worstSeverityIn(eObject);
		}
		Severity worst = null;
		if (adapterFactory.adapt(element, ITreeItemContentProvider.class) instanceof ITreeItemContentProvider group) {
			for (Object child : group.getChildren(element)) {
				Severity severity = child instanceof EObject eObject ? validation.worstSeverityIn(eObject) : null;
				if (severity != null && (worst == null || severity.compareTo(worst) < 0)) {
					worst = severity;
				}
			}
		}
		return worst;
	}

	/** Updates the items whose severity changed, and the groups that show them. */
	private void severitiesChanged(Set<EObject> elements) {
		Set<Object> items = new HashSet<>(elements);
		for (EObject element : elements) {
			if (adapterFactory.adapt(element, ITreeItemContentProvider.class) instanceof ITreeItemContentProvider provider
					&& !(provider.getParent(element) instanceof EObject) && provider.getParent(element) != null) {
				items.add(provider.getParent(element));
			}
		}
		Display display = PlatformUI.getWorkbench().getDisplay();
		display.asyncExec(() -> fireLabelProviderChanged(new LabelProviderChangedEvent(this, items.toArray())));
	}

	@Override
	public void dispose() {
		if (validation != null) {
			validation.removeListener(changes);
			validation = null;
		}
		resources.dispose();
		super.dispose();
	}
}

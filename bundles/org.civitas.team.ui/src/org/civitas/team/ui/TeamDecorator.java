package org.civitas.team.ui;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.BaseLabelProvider;
import org.eclipse.jface.viewers.IDecoration;
import org.eclipse.jface.viewers.ILightweightLabelDecorator;
import org.eclipse.osgi.util.NLS;

/**
 * Git's view of the Project Explorer: a changed file or a folder with changes inside is marked
 * {@code >} and with a dot, a new file with a plus, a model with open conflicts with a red mark
 * and "(conflicts)"; a shared project shows its branch. States come from {@link TeamStates},
 * which never makes the decorator wait.
 */
public final class TeamDecorator extends BaseLabelProvider implements ILightweightLabelDecorator {

	public static final String ID = "org.civitas.team.ui.decorator"; //$NON-NLS-1$

	private static final ImageDescriptor CHANGED = icon("icons/overlay-changed.svg"); //$NON-NLS-1$
	private static final ImageDescriptor ADDED = icon("icons/overlay-added.svg"); //$NON-NLS-1$
	private static final ImageDescriptor CONFLICTED = icon("icons/overlay-conflict.svg"); //$NON-NLS-1$

	@Override
	public void decorate(Object element, IDecoration decoration) {
		IResource resource = Adapters.adapt(element, IResource.class);
		if (resource == null) {
			return;
		}
		TeamStates.State state = TeamStates.INSTANCE.stateOf(resource);
		if (state != null) {
			switch (state) {
				case CHANGED -> {
					decoration.addPrefix("> "); //$NON-NLS-1$
					decoration.addOverlay(CHANGED, IDecoration.BOTTOM_RIGHT);
				}
				case ADDED -> decoration.addOverlay(ADDED, IDecoration.BOTTOM_RIGHT);
				case CONFLICTED -> {
					decoration.addPrefix("> "); //$NON-NLS-1$
					decoration.addOverlay(CONFLICTED, IDecoration.BOTTOM_RIGHT);
					decoration.addSuffix(Messages.TeamDecorator_conflicts);
				}
			}
		}
		if (resource instanceof IProject project && TeamStates.INSTANCE.branchOf(project) != null) {
			decoration.addSuffix(NLS.bind(Messages.TeamDecorator_branch, TeamStates.INSTANCE.branchOf(project)));
		}
	}

	private static ImageDescriptor icon(String path) {
		return ImageDescriptor.createFromURL(TeamDecorator.class.getResource("/" + path)); //$NON-NLS-1$
	}
}

package org.civitas.app;

import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.internal.ide.IDEInternalWorkbenchImages;

/**
 * Declares the workspace images (projects, problem severities) that the Project Explorer and
 * the Problems view look up by key. The Eclipse IDE application declares them itself; an RCP
 * product must do the same, with the images that the IDE bundle ships. Some keys are only
 * published as internal constants of that bundle.
 */
@SuppressWarnings("restriction")
final class WorkspaceImages {

	private static final String IDE_BUNDLE = "org.eclipse.ui.ide"; //$NON-NLS-1$
	private static final String OBJECTS = "icons/full/obj16/"; //$NON-NLS-1$

	private WorkspaceImages() {
	}

	static void declare(IWorkbenchConfigurer configurer) {
		declare(configurer, IDE.SharedImages.IMG_OBJ_PROJECT, OBJECTS + "prj_obj.png", true); //$NON-NLS-1$
		declare(configurer, IDE.SharedImages.IMG_OBJ_PROJECT_CLOSED, OBJECTS + "cprj_obj.png", true); //$NON-NLS-1$
		declare(configurer, IDEInternalWorkbenchImages.IMG_OBJS_ERROR_PATH, OBJECTS + "error_tsk.png", true); //$NON-NLS-1$
		declare(configurer, IDEInternalWorkbenchImages.IMG_OBJS_WARNING_PATH, OBJECTS + "warn_tsk.png", true); //$NON-NLS-1$
		declare(configurer, IDEInternalWorkbenchImages.IMG_OBJS_INFO_PATH, OBJECTS + "info_tsk.png", true); //$NON-NLS-1$
		declare(configurer, IDEInternalWorkbenchImages.IMG_ETOOL_PROBLEM_CATEGORY,
				"icons/full/etool16/problem_category.png", true); //$NON-NLS-1$
		declare(configurer, IDEInternalWorkbenchImages.IMG_LCL_FLAT_LAYOUT,
				"icons/full/elcl16/flatLayout.png", true); //$NON-NLS-1$
		declare(configurer, IDEInternalWorkbenchImages.IMG_LCL_HIERARCHICAL_LAYOUT,
				"icons/full/elcl16/hierarchicalLayout.png", true); //$NON-NLS-1$
	}

	private static void declare(IWorkbenchConfigurer configurer, String key, String path, boolean shared) {
		ResourceLocator.imageDescriptorFromBundle(IDE_BUNDLE, path)
				.ifPresent(image -> configurer.declareImage(key, image, shared));
	}
}

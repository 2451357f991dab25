package org.civitas.portfolio.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The portfolios the user opened last, most recent first, kept with the workspace: what the
 * Welcome offers a returning user. Files deleted since are left out.
 */
public final class RecentPortfolios {

	/** How many the Welcome lists. */
	public static final int LIMIT = 8;

	private static final String KEY = "recentPortfolios"; //$NON-NLS-1$
	private static final String SEPARATOR = "\n"; //$NON-NLS-1$

	private RecentPortfolios() {
	}

	/** Notes that the portfolio was opened. */
	public static synchronized void opened(IFile portfolio) {
		Set<String> paths = new LinkedHashSet<>();
		paths.add(portfolio.getFullPath().toString());
		paths.addAll(stored());
		IEclipsePreferences preferences = preferences();
		preferences.put(KEY, String.join(SEPARATOR, paths.stream().limit(LIMIT).toList()));
		try {
			preferences.flush();
		} catch (BackingStoreException e) {
			// The list is a convenience; it is written again with the next portfolio opened.
		}
	}

	/** The portfolios opened last that still exist, most recent first. */
	public static synchronized List<IFile> list(IWorkspaceRoot root) {
		List<IFile> files = new ArrayList<>();
		for (String path : stored()) {
			IFile file = root.getFile(IPath.fromPortableString(path));
			if (file.exists()) {
				files.add(file);
			}
		}
		return files;
	}

	private static List<String> stored() {
		String value = preferences().get(KEY, ""); //$NON-NLS-1$
		return value.isEmpty() ? List.of() : List.of(value.split(SEPARATOR));
	}

	private static IEclipsePreferences preferences() {
		return InstanceScope.INSTANCE.getNode("org.civitas.portfolio.ui"); //$NON-NLS-1$
	}
}

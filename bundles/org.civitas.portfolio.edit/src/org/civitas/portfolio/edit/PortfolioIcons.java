package org.civitas.portfolio.edit;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EClass;

/**
 * The SVG icons of the edit bundle, {@code icons/full/obj16/<name>.svg}. URLs are built here
 * because EMF's resource locator appends ".gif" to any name whose extension it does not know,
 * and SVG is not among those it knows.
 */
public final class PortfolioIcons {

	/** The name of the folder icon, which is not the name of a class. */
	static final String FOLDER = "PortfolioFolder"; //$NON-NLS-1$

	private static final Map<String, URL> ICONS = new ConcurrentHashMap<>();

	private PortfolioIcons() {
	}

	/** The icon of instances of {@code type}. */
	public static URL of(EClass type) {
		return named(type.getName());
	}

	static URL named(String name) {
		return ICONS.computeIfAbsent(name, key -> {
			try {
				return new URL(PortfolioEditPlugin.INSTANCE.getBaseURL(), "icons/full/obj16/" + key + ".svg"); //$NON-NLS-1$ //$NON-NLS-2$
			} catch (MalformedURLException e) {
				throw new IllegalStateException(e);
			}
		});
	}
}

package org.civitas.emf.xmi;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;

import org.civitas.files.SafeFiles;
import org.eclipse.emf.common.CommonPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;
import org.eclipse.emf.ecore.xmi.impl.XMIHelperImpl;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;
import org.eclipse.osgi.util.NLS;
import org.xml.sax.helpers.DefaultHandler;

/**
 * XMI for files that people exchange and keep in Git: safe to open and never half-written.
 * <ul>
 * <li>The parser refuses document type declarations, so a file can neither read other files
 * through external entities nor blow up through entity expansion.</li>
 * <li>Saving to a local file goes through {@link SafeFiles}: whole or not at all, durable,
 * keeping the file's permissions and links.</li>
 * </ul>
 * Subclasses add their own load and save options to the defaults.
 */
public class SafeXmiResource extends XMIResourceImpl implements ElementPositions {

	/** Parsers are costly to create and the pool is thread-safe, so all resources share it. */
	private static final XMLParserPoolImpl PARSER_POOL = new XMLParserPoolImpl();

	public SafeXmiResource(URI uri) {
		super(uri);
		Map<String, Boolean> parserFeatures = new HashMap<>();
		parserFeatures.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE); //$NON-NLS-1$
		parserFeatures.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE); //$NON-NLS-1$
		parserFeatures.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE); //$NON-NLS-1$
		parserFeatures.put("http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE); //$NON-NLS-1$
		getDefaultLoadOptions().put(XMLResource.OPTION_PARSER_FEATURES, parserFeatures);
		getDefaultLoadOptions().put(XMLResource.OPTION_USE_PARSER_POOL, PARSER_POOL);
		getDefaultLoadOptions().put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		getDefaultSaveOptions().put(XMLResource.OPTION_ENCODING, "UTF-8"); //$NON-NLS-1$
		// Every attribute on a line of its own (a width no element fits in): changing one value
		// changes one line, so that Git's diffs and merges and code review stay small.
		getDefaultSaveOptions().put(XMLResource.OPTION_LINE_WIDTH, 1);
		getDefaultSaveOptions().put(XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.TRUE);
	}

	@Override
	protected XMLLoad createXMLLoad() {
		return new XMILoadImpl(createXMLHelper()) {
			@Override
			protected DefaultHandler makeDefaultHandler() {
				return new CheckingHandler(resource, helper, options,
						Boolean.TRUE.equals(options.get(OPTION_RECORD_POSITIONS)));
			}
		};
	}

	/**
	 * Whether a number that is not finite ({@code NaN}, {@code Infinity}) is refused where a
	 * floating-point value is read: no amount or rate can be one. Subclasses whose numbers can be
	 * recomputed (positions on a diagram) accept them and repair what they read.
	 */
	protected boolean refusesNonFiniteNumbers() {
		return true;
	}

	/**
	 * Load option: remember where each element was written ({@link #lineOf}, {@link #columnOf}),
	 * at the cost of one entry per element, for reports that point into the file.
	 */
	public static final String OPTION_RECORD_POSITIONS = "civitas.recordPositions"; //$NON-NLS-1$

	/** Line and column of each element read, packed in one number; weak, so removed elements go. */
	private final Map<EObject, Long> elementPositions = new WeakHashMap<>();

	@Override
	public int lineOf(EObject element) {
		Long position = elementPositions.get(element);
		return position == null ? 0 : (int) (position >>> 32);
	}

	@Override
	public int columnOf(EObject element) {
		Long position = elementPositions.get(element);
		return position == null ? 0 : (int) (long) position;
	}

	/**
	 * Reads as EMF does, and refuses an id given twice: EMF would silently let the second element
	 * take the id, and every reference to it would then point at the wrong element.
	 */
	private final class CheckingHandler extends SAXXMIHandler {

		private final Map<String, Integer> idLines = new HashMap<>();
		private final boolean recordPositions;

		CheckingHandler(XMLResource resource, XMLHelper helper, Map<?, ?> options, boolean recordPositions) {
			super(resource, helper, options);
			this.recordPositions = recordPositions;
		}

		@Override
		protected void processObject(EObject object) {
			if (object != null && recordPositions) {
				elementPositions.put(object, (long) getLineNumber() << 32 | getColumnNumber() & 0xFFFFFFFFL);
			}
			super.processObject(object);
		}

		@Override
		protected void setFeatureValue(EObject object, EStructuralFeature feature, Object value, int position) {
			if (feature instanceof EAttribute attribute && attribute.isID() && value instanceof String id) {
				Integer first = idLines.putIfAbsent(id, getLineNumber());
				if (first != null) {
					error(new XMIException(NLS.bind(Messages.SafeXmiResource_duplicateId, id, first), getLocation(),
							getLineNumber(), getColumnNumber()));
					return;
				}
			}
			super.setFeatureValue(object, feature, value, position);
		}
	}

	/** Values are converted as EMF does, except that dates must be real ones. */
	@Override
	protected XMLHelper createXMLHelper() {
		return new XMIHelperImpl(this) {
			@Override
			protected Object createFromString(EFactory factory, EDataType type, String value) {
				if (type.getInstanceClass() == Date.class && value != null && !StrictDates.isDate(value)) {
					throw new IllegalArgumentException(NLS.bind(Messages.SafeXmiResource_notADate, value));
				}
				Object converted = super.createFromString(factory, type, value);
				if (refusesNonFiniteNumbers() && (converted instanceof Double number && !Double.isFinite(number)
						|| converted instanceof Float single && !Float.isFinite(single))) {
					throw new IllegalArgumentException(value); // LoadProblem says why, from the feature's type
				}
				return converted;
			}
		};
	}

	@Override
	public void save(Map<?, ?> options) throws IOException {
		Path target = localFile(getURI());
		if (target == null) {
			super.save(options);
			return;
		}
		SafeFiles.write(target, stream -> super.save(stream, options));
		setModified(false);
	}

	/** The local file a URI stands for ({@code platform:/resource} ones included), or {@code null}. */
	private static Path localFile(URI uri) {
		URI local = uri.isFile() ? uri : CommonPlugin.asLocalURI(uri);
		return local.isFile() ? Path.of(local.toFileString()) : null;
	}
}

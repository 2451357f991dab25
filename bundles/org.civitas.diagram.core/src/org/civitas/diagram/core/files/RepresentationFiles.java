package org.civitas.diagram.core.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.civitas.diagram.core.ElementIds;
import org.civitas.diagram.core.representation.Representation;
import org.civitas.diagram.core.representation.RepresentationFactory;
import org.civitas.diagram.core.spec.DiagramType;
import org.civitas.emf.xmi.LoadProblem;
import org.civitas.emf.xmi.LocatedXmiResource;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

/**
 * Representation files: one {@code .diagram} file per diagram, beside its model, named after
 * the model and the diagram ({@code agency.service-map.diagram}). Listing reads only the first
 * element of each file, so a model with hundreds of diagrams lists them without loading any.
 */
public final class RepresentationFiles {

	private static final String SUFFIX = '.' + RepresentationResourceFactory.FILE_EXTENSION;
	private static final XMLInputFactory XML = secureFactory();

	private RepresentationFiles() {
	}

	private static XMLInputFactory secureFactory() {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
		return factory;
	}

	/**
	 * The model file a representation file names, resolved beside it. A diagram may only name a
	 * model in its own folder or below (links followed): a shared diagram file must not make
	 * Civitas open {@code /etc/passwd} or {@code ../../secret}.
	 *
	 * @param line where the model is named, for the message
	 * @throws IOException naming the diagram file and line when the model is missing or outside
	 */
	public static Path modelOf(Path representationFile, String model, int line) throws IOException {
		if (model == null || model.isBlank()) {
			throw new IOException(Messages.format(Messages.RepresentationFiles_noModel, representationFile, line));
		}
		Path folder = representationFile.toAbsolutePath().normalize().getParent();
		Path resolved;
		try {
			resolved = folder.resolve(model).normalize();
		} catch (InvalidPathException notAPath) {
			throw new IOException(Messages.format(Messages.RepresentationFiles_modelOutside, representationFile, line, model),
					notAPath);
		}
		if (!resolved.startsWith(folder) || model.contains("://") || !withinAfterLinks(resolved, folder)) { //$NON-NLS-1$
			throw new IOException(Messages.format(Messages.RepresentationFiles_modelOutside, representationFile, line, model));
		}
		return resolved;
	}

	/** The model a loaded representation names; see {@link #modelOf(Path, String, int)}. */
	public static Path modelOf(Path representationFile, Representation representation) throws IOException {
		int line = representation.eResource() instanceof LocatedXmiResource located ? located.lineOf(representation) : 0;
		return modelOf(representationFile, representation.getModel(), line);
	}

	/** Where a loaded representation starts in its file, {@code file:line}, for messages about it. */
	public static String locationOf(Path representationFile, Representation representation) {
		int line = representation.eResource() instanceof LocatedXmiResource located ? located.lineOf(representation) : 0;
		return line > 0 ? representationFile + ":" + line : representationFile.toString(); //$NON-NLS-1$
	}

	private static boolean withinAfterLinks(Path model, Path folder) throws IOException {
		if (!Files.exists(model)) {
			return true;
		}
		return model.toRealPath().startsWith(folder.toRealPath());
	}

	/** The diagrams of a model: the representation files in its folder that refer to it, by name. */
	public static List<RepresentationSummary> list(Path modelFile) throws IOException {
		Path model = modelFile.toAbsolutePath().normalize();
		Path folder = model.getParent();
		List<RepresentationSummary> found = new ArrayList<>();
		try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + SUFFIX)) { //$NON-NLS-1$
			for (Path file : files) {
				RepresentationSummary summary = summary(file);
				if (summary != null && namesModel(summary, model)) {
					found.add(summary);
				}
			}
		}
		found.sort(Comparator.comparing(RepresentationSummary::name, String.CASE_INSENSITIVE_ORDER));
		return found;
	}

	/** Whether a diagram names this model; one that names none, or one outside its folder, is no diagram of it. */
	private static boolean namesModel(RepresentationSummary summary, Path model) {
		try {
			return modelOf(summary.file(), summary.model(), summary.line()).equals(model);
		} catch (IOException notOfThisModel) {
			return false;
		}
	}

	/** The summary of a representation file, from its first element only; {@code null} if it is not one. */
	public static RepresentationSummary summary(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			XMLStreamReader reader = XML.createXMLStreamReader(in);
			try {
				while (reader.hasNext()) {
					if (reader.next() == XMLStreamConstants.START_ELEMENT) {
						if (!"Representation".equals(reader.getLocalName())) { //$NON-NLS-1$
							return null;
						}
						return new RepresentationSummary(file, attribute(reader, "name"), attribute(reader, "viewpoint"), //$NON-NLS-1$ //$NON-NLS-2$
								attribute(reader, "description"), attribute(reader, "model"), attribute(reader, "root"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
								reader.getLocation().getLineNumber());
					}
				}
				return null;
			} finally {
				reader.close();
			}
		} catch (XMLStreamException unreadable) {
			String location = unreadable.getLocation() == null ? file.toString()
					: file + ":" + unreadable.getLocation().getLineNumber() + ":" + unreadable.getLocation().getColumnNumber(); //$NON-NLS-1$ //$NON-NLS-2$
			throw new IOException(Messages.format(Messages.RepresentationFiles_unreadable, location, parserWords(unreadable)),
					unreadable);
		}
	}

	/** The parser's own words: StAX puts "ParseError at [row,col]:[3,6]" and a line break before them. */
	private static String parserWords(XMLStreamException failure) {
		String message = String.valueOf(failure.getMessage());
		int words = message.indexOf("Message: "); //$NON-NLS-1$
		return (words < 0 ? message : message.substring(words + "Message: ".length())).replaceAll("\\s*\\R\\s*", " ").strip(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private static String attribute(XMLStreamReader reader, String name) {
		return reader.getAttributeValue(null, name);
	}

	/** Loads a representation; a broken file is reported with its name, line and column. */
	public static Representation load(Path file) throws IOException {
		ResourceSet resources = new ResourceSetImpl();
		Resource resource = new RepresentationResourceFactory().createResource(URI.createFileURI(file.toAbsolutePath().toString()));
		resources.getResources().add(resource);
		try {
			resource.load(Map.of());
		} catch (IOException | RuntimeException unreadable) {
			LoadProblem problem = LoadProblem.of(resource.getURI(), unreadable);
			throw new IOException(Messages.format(Messages.RepresentationFiles_unreadable, problem.location(),
					problem.message()), unreadable);
		}
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Representation representation)) {
			throw new IOException(Messages.format(Messages.RepresentationFiles_notRepresentation, file));
		}
		return representation;
	}

	/** Saves a representation to its file, or to a new one; the previous version stays intact if saving fails. */
	public static void save(Representation representation, Path file) throws IOException {
		Resource resource = representation.eResource();
		URI uri = URI.createFileURI(file.toAbsolutePath().toString());
		if (resource == null) {
			resource = new RepresentationResourceFactory().createResource(uri);
			new ResourceSetImpl().getResources().add(resource);
			resource.getContents().add(representation);
		} else {
			resource.setURI(uri);
		}
		resource.save(Map.of());
	}

	/**
	 * A new, empty representation of a diagram type on a root element of the model in
	 * {@code modelFile}, to be stored in {@code file}, with the layers and filters the type
	 * switches on by default.
	 */
	public static Representation create(DiagramType type, EObject root, String name, Path modelFile, Path file) {
		Representation representation = RepresentationFactory.eINSTANCE.createRepresentation();
		representation.setName(name);
		representation.setViewpoint(type.viewpoint());
		representation.setDescription(type.name());
		Path folder = file.toAbsolutePath().normalize().getParent();
		representation.setModel(folder.relativize(modelFile.toAbsolutePath().normalize()).toString().replace('\\', '/'));
		representation.setRoot(ElementIds.idOf(root));
		representation.getActiveLayers().addAll(type.defaultLayers());
		representation.getActiveFilters().addAll(type.defaultFilters());
		return representation;
	}

	/** A file for a new diagram of the model, named after both, that no other diagram uses. */
	public static Path newFile(Path modelFile, String diagramName) {
		String model = modelFile.getFileName().toString();
		int dot = model.lastIndexOf('.');
		String stem = dot > 0 ? model.substring(0, dot) : model;
		String slug = diagramName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		if (slug.isEmpty()) {
			slug = "diagram"; //$NON-NLS-1$
		}
		Path folder = modelFile.toAbsolutePath().getParent();
		Path candidate = folder.resolve(stem + '.' + slug + SUFFIX);
		for (int number = 2; Files.exists(candidate); number++) {
			candidate = folder.resolve(stem + '.' + slug + '-' + number + SUFFIX);
		}
		return candidate;
	}
}

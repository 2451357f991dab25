package org.civitas.codegen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenClass;
import org.eclipse.emf.codegen.ecore.genmodel.GenEnum;
import org.eclipse.emf.codegen.ecore.genmodel.GenEnumLiteral;
import org.eclipse.emf.codegen.ecore.genmodel.GenFeature;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EModelElement;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Generates the Java code of an EMF model or of its edit support from the model's
 * {@code .genmodel}, without Eclipse running: bundles call it in {@code generate-sources} so
 * that the {@code .ecore} stays the single source of truth and generated code is never edited
 * by hand.
 *
 * <pre>
 * java org.civitas.codegen.GenerateModelCode model|edit &lt;output bundle folder&gt; &lt;genmodel file&gt;
 * </pre>
 *
 * Bundle folders stand for {@code platform:/resource/<folder name>/}, which is how a genmodel
 * names its model and its output directories; the output bundle and the bundle holding the
 * genmodel are both mapped.
 *
 * <p>Property sheet settings live beside the model in the {@code .ecore}, as details of the
 * GenModel annotation of each feature ({@code property} such as {@code Readonly},
 * {@code propertyCategory}, {@code propertyMultiLine}, {@code propertySortChoices}), the way
 * Xcore's {@code @GenModel} annotations work; a feature's documentation becomes its property
 * description.
 */
public final class GenerateModelCode {

	private static final Map<String, String> PROJECT_TYPES = Map.of(
			"model", GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
			"edit", GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE);

	/** GenFeature attributes that a feature's GenModel annotation may set. */
	private static final String[] PROPERTY_SETTINGS = { "property", "propertyCategory", "propertyMultiLine",
			"propertySortChoices" };

	private GenerateModelCode() {
	}

	/** Runs inside Maven ({@code exec:java}), so it reports failures by exception, not by exit code. */
	public static void main(String[] arguments) throws IOException {
		if (arguments.length != 3 || !PROJECT_TYPES.containsKey(arguments[0])) {
			throw new IllegalArgumentException(
					"usage: GenerateModelCode model|edit <output bundle folder> <genmodel file>");
		}
		Path outputBundle = Path.of(arguments[1]).toAbsolutePath().normalize();
		Path genModelFile = Path.of(arguments[2]).toAbsolutePath().normalize();
		if (!Files.isRegularFile(genModelFile)) {
			throw new IllegalArgumentException("no genmodel at " + genModelFile);
		}
		Diagnostic result = generate(arguments[0], outputBundle, genModelFile);
		if (result.getSeverity() >= Diagnostic.ERROR) {
			StringBuilder report = new StringBuilder("code generation failed for " + genModelFile);
			describe(result, "\n  ", report);
			throw new IllegalStateException(report.toString());
		}
	}

	static Diagnostic generate(String projectType, Path outputBundle, Path genModelFile) throws IOException {
		Path modelBundle = bundleHolding(genModelFile);
		mapBundle(modelBundle);
		mapBundle(outputBundle);

		ResourceSet resources = new ResourceSetImpl();
		resources.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
		resources.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
		resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
		resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put(Resource.Factory.Registry.DEFAULT_EXTENSION,
				new XMIResourceFactoryImpl());
		resources.getURIConverter().getURIMap().putAll(EcorePlugin.computePlatformURIMap(false));

		String relative = modelBundle.relativize(genModelFile).toString().replace('\\', '/');
		URI genModelUri = URI.createPlatformResourceURI(modelBundle.getFileName() + "/" + relative, true);
		GenModel genModel = (GenModel) resources.getResource(genModelUri, true).getContents().get(0);
		genModel.reconcile();
		genModel.setCanGenerate(true);
		applyPropertySettings(genModel);

		Diagnostic modelProblems = genModel.diagnose();
		if (modelProblems.getSeverity() >= Diagnostic.ERROR) {
			return modelProblems;
		}
		boolean edit = GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE.equals(PROJECT_TYPES.get(projectType));
		if (edit) {
			// The generator never rewrites an existing plugin.properties, so a stale one would
			// lack the keys of newly added features; it is generated output like src-gen/.
			Files.deleteIfExists(outputBundle.resolve("plugin.properties"));
		}
		// The generator merges its own factory registration into plugin.xml; a bundle's
		// plugin.xml is hand-written (it registers a customized factory) and stays as it is.
		Path pluginXml = outputBundle.resolve("plugin.xml");
		byte[] handWrittenPluginXml = Files.isRegularFile(pluginXml) ? Files.readAllBytes(pluginXml) : null;
		// Outside Eclipse no extension registry announces the generator adapters.
		GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
				GenModelGeneratorAdapterFactory.DESCRIPTOR);
		Generator generator = new Generator();
		generator.setInput(genModel);
		Diagnostic result = generator.generate(genModel, PROJECT_TYPES.get(projectType),
				new BasicMonitor.Printing(System.out));
		if (handWrittenPluginXml != null) {
			Files.write(pluginXml, handWrittenPluginXml);
		}
		if (result.getSeverity() < Diagnostic.ERROR && edit) {
			applyLabels(genModel, outputBundle.resolve("plugin.properties"));
		}
		return result;
	}

	/**
	 * Puts readable labels in the edit bundle's {@code plugin.properties}. The generator writes
	 * enum literals as they are stored in files ({@code MULTI_JURISDICTION_ALLIANCE}) and
	 * names split at capitals ("Kpis"); users read "Multi jurisdiction alliance" and "KPIs".
	 * A {@code label} detail in the GenModel annotation of a class, feature or literal gives
	 * the label where the generator's own would spoil an acronym; other literals are put in
	 * sentence case.
	 */
	private static void applyLabels(GenModel genModel, Path pluginProperties) throws IOException {
		Map<String, String> labels = new HashMap<>();
		for (GenPackage genPackage : genModel.getAllGenPackagesWithClassifiers()) {
			for (GenClass genClass : genPackage.getGenClasses()) {
				putLabel(labels, "_UI_" + genClass.getName() + "_type", genClass.getEcoreClass());
				for (GenFeature genFeature : genClass.getGenFeatures()) {
					putLabel(labels, "_UI_" + genClass.getName() + "_" + genFeature.getName() + "_feature",
							genFeature.getEcoreFeature());
				}
			}
			for (GenEnum genEnum : genPackage.getGenEnums()) {
				for (GenEnumLiteral genLiteral : genEnum.getGenEnumLiterals()) {
					EEnumLiteral literal = genLiteral.getEcoreEnumLiteral();
					String key = "_UI_" + genEnum.getName() + "_" + genLiteral.getName() + "_literal";
					labels.put(key, sentenceCase(literal.getLiteral()));
					putLabel(labels, key, literal);
				}
			}
		}
		List<String> lines = new ArrayList<>(Files.readAllLines(pluginProperties, StandardCharsets.ISO_8859_1));
		for (int index = 0; index < lines.size(); index++) {
			String line = lines.get(index);
			int separator = line.indexOf(" = ");
			if (separator > 0 && labels.containsKey(line.substring(0, separator))) {
				lines.set(index, line.substring(0, separator) + " = " + labels.get(line.substring(0, separator)));
			}
		}
		Files.write(pluginProperties, lines, StandardCharsets.ISO_8859_1);
	}

	private static void putLabel(Map<String, String> labels, String key, EModelElement element) {
		String label = EcoreUtil.getAnnotation(element, GenModelPackage.eNS_URI, "label");
		if (label != null) {
			labels.put(key, label);
		}
	}

	private static String sentenceCase(String constant) {
		String words = constant.replace('_', ' ').toLowerCase(Locale.ROOT);
		return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	/**
	 * Moves the property sheet settings from the {@code .ecore} onto the genmodel. Icons are
	 * SVG files that the edit bundle's base item provider finds by class name, so the
	 * generator's GIF placeholders and per-class image methods are switched off.
	 */
	private static void applyPropertySettings(GenModel genModel) {
		for (GenPackage genPackage : genModel.getAllGenPackagesWithClassifiers()) {
			for (GenClass genClass : genPackage.getGenClasses()) {
				genClass.setImage(false);
				for (GenFeature genFeature : genClass.getGenFeatures()) {
					EStructuralFeature feature = genFeature.getEcoreFeature();
					if (feature instanceof EReference reference && !reference.isContainment()) {
						genFeature.setPropertySortChoices(true);
					}
					String documentation = EcoreUtil.getDocumentation(feature);
					if (documentation != null && genFeature.getPropertyDescription() == null) {
						genFeature.setPropertyDescription(documentation);
					}
					for (String setting : PROPERTY_SETTINGS) {
						String value = EcoreUtil.getAnnotation(feature, GenModelPackage.eNS_URI, setting);
						if (value != null) {
							EAttribute attribute = (EAttribute) GenModelPackage.Literals.GEN_FEATURE.getEStructuralFeature(setting);
							genFeature.eSet(attribute, EcoreUtil.createFromString(attribute.getEAttributeType(), value));
						}
					}
				}
			}
		}
	}

	/** The nearest folder above {@code file} that is a bundle (has a {@code META-INF} folder). */
	private static Path bundleHolding(Path file) {
		for (Path folder = file.getParent(); folder != null; folder = folder.getParent()) {
			if (Files.isDirectory(folder.resolve("META-INF"))) {
				return folder;
			}
		}
		throw new IllegalArgumentException("no bundle folder (with META-INF) holds " + file);
	}

	private static void mapBundle(Path bundle) {
		EcorePlugin.getPlatformResourceMap().put(bundle.getFileName().toString(),
				URI.createFileURI(bundle.toString() + "/"));
	}

	private static void describe(Diagnostic diagnostic, String indent, StringBuilder report) {
		report.append(indent).append(diagnostic.getMessage());
		if (diagnostic.getException() != null) {
			report.append(indent).append("  caused by ").append(diagnostic.getException());
		}
		for (Diagnostic child : diagnostic.getChildren()) {
			describe(child, indent + "  ", report);
		}
	}
}

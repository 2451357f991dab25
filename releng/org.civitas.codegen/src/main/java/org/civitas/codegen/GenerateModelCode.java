package org.civitas.codegen;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Generates the Java code of an EMF model from its {@code .genmodel}, without Eclipse running:
 * the build calls it in {@code generate-sources} so that the {@code .ecore} stays the single
 * source of truth and generated code is never edited by hand.
 *
 * <pre>
 * java org.civitas.codegen.GenerateModelCode &lt;bundle folder&gt; &lt;genmodel path inside it&gt;
 * </pre>
 *
 * The bundle folder stands for {@code platform:/resource/<folder name>/}, which is how the
 * genmodel names its model and its output directory.
 */
public final class GenerateModelCode {

	private GenerateModelCode() {
	}

	/** Runs inside Maven ({@code exec:java}), so it reports failures by exception, not by exit code. */
	public static void main(String[] arguments) {
		if (arguments.length != 2) {
			throw new IllegalArgumentException("usage: GenerateModelCode <bundle folder> <genmodel path inside it>");
		}
		Path bundle = Path.of(arguments[0]).toAbsolutePath().normalize();
		Path genModelFile = bundle.resolve(arguments[1]);
		if (!Files.isRegularFile(genModelFile)) {
			throw new IllegalArgumentException("no genmodel at " + genModelFile);
		}
		Diagnostic result = generate(bundle, genModelFile);
		if (result.getSeverity() >= Diagnostic.ERROR) {
			StringBuilder report = new StringBuilder("code generation failed for " + genModelFile);
			describe(result, "\n  ", report);
			throw new IllegalStateException(report.toString());
		}
	}

	static Diagnostic generate(Path bundle, Path genModelFile) {
		String bundleName = bundle.getFileName().toString();
		EcorePlugin.getPlatformResourceMap().put(bundleName, URI.createFileURI(bundle.toString() + "/"));

		ResourceSet resources = new ResourceSetImpl();
		resources.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
		resources.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
		resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
		resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put(Resource.Factory.Registry.DEFAULT_EXTENSION,
				new XMIResourceFactoryImpl());
		resources.getURIConverter().getURIMap().putAll(EcorePlugin.computePlatformURIMap(false));

		String relative = bundle.relativize(genModelFile).toString().replace('\\', '/');
		URI genModelUri = URI.createPlatformResourceURI(bundleName + "/" + relative, true);
		GenModel genModel = (GenModel) resources.getResource(genModelUri, true).getContents().get(0);
		genModel.reconcile();
		genModel.setCanGenerate(true);

		Diagnostic modelProblems = genModel.diagnose();
		if (modelProblems.getSeverity() >= Diagnostic.ERROR) {
			return modelProblems;
		}
		// Outside Eclipse no extension registry announces the generator adapters.
		GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
				GenModelGeneratorAdapterFactory.DESCRIPTOR);
		Generator generator = new Generator();
		generator.setInput(genModel);
		return generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
				new BasicMonitor.Printing(System.out));
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

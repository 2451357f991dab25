package org.civitas.diagram.core;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;

import org.civitas.diagram.core.expressions.ExpressionEngine;
import org.civitas.diagram.core.representation.DEdge;
import org.civitas.diagram.core.representation.DNode;
import org.civitas.diagram.core.representation.Representation;
import org.civitas.diagram.core.representation.RepresentationFactory;
import org.civitas.diagram.core.spec.DiagramType;
import org.civitas.diagram.core.spec.Viewpoints;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * Plans of the test metamodel ({@code data/plan.ecore}, registered by the fragment) and the
 * diagram types of the test viewpoint ({@code data/plan.viewpoint}, contributed by it).
 */
public final class PlanFixture {

	public static final EPackage PLAN = EPackage.Registry.INSTANCE.getEPackage("http://civitas.org/test/plan");

	private static Viewpoints viewpoints;

	public final EObject plan;
	public final Resource resource;

	/** A plan named "Roll-out" in its own resource, empty. */
	public PlanFixture() {
		resource = new XMIResourceImpl(URI.createURI("memory:/test.plan"));
		plan = create("Plan");
		set(plan, "name", "Roll-out");
		resource.getContents().add(plan);
	}

	/**
	 * The plan most tests draw: team Core with Design and Build, team Web with Launch; Build
	 * depends on Design and Launch on Build.
	 */
	public static PlanFixture coreAndWeb() {
		PlanFixture fixture = new PlanFixture();
		EObject core = fixture.team("t-core", "Core");
		EObject web = fixture.team("t-web", "Web");
		EObject design = fixture.item(core, "i-design", "Design");
		EObject build = fixture.item(core, "i-build", "Build");
		EObject launch = fixture.item(web, "i-launch", "Launch");
		dependsOn(build, design);
		dependsOn(launch, build);
		return fixture;
	}

	/** The element with this ID. */
	public EObject element(String id) {
		return resource.getEObject(id);
	}

	/** The contributed viewpoints, read once. */
	public static synchronized Viewpoints viewpoints() {
		if (viewpoints == null) {
			viewpoints = Viewpoints.contributed(ExpressionEngine.withContributedServices());
		}
		return viewpoints;
	}

	/** A diagram type of the test viewpoint. */
	public static DiagramType type(String name) {
		return viewpoints().find("plan", name).orElseThrow(() -> new AssertionError(
				"no diagram " + name + ": " + viewpoints().all().get(0).problems()));
	}

	public static EClass eClass(String name) {
		return (EClass) PLAN.getEClassifier(name);
	}

	public static EObject create(String className) {
		return EcoreUtil.create(eClass(className));
	}

	public EObject team(String id, String name) {
		EObject team = create("Team");
		set(team, "id", id);
		set(team, "name", name);
		list(plan, "teams").add(team);
		return team;
	}

	public EObject item(EObject team, String id, String name) {
		EObject item = create("Item");
		set(item, "id", id);
		set(item, "name", name);
		list(team, "items").add(item);
		return item;
	}

	public EObject link(String id, EObject source, EObject target, String label) {
		EObject link = create("Link");
		set(link, "id", id);
		set(link, "source", source);
		set(link, "target", target);
		set(link, "label", label);
		list(plan, "links").add(link);
		return link;
	}

	public static void dependsOn(EObject item, EObject... others) {
		list(item, "dependsOn").addAll(List.of(others));
	}

	public static void milestone(EObject item) {
		kind(item, "MILESTONE");
	}

	public static void task(EObject item) {
		kind(item, "TASK");
	}

	private static void kind(EObject item, String literal) {
		EEnum kind = (EEnum) PLAN.getEClassifier("Kind");
		set(item, "kind", kind.getEEnumLiteral(literal).getInstance());
	}

	public static void dates(EObject item, String start, String end) {
		set(item, "start", date(start));
		set(item, "end", end == null ? null : date(end));
	}

	public static Date date(String isoDate) {
		return Date.from(LocalDate.parse(isoDate).atStartOfDay(ZoneOffset.UTC).toInstant());
	}

	public static void set(EObject element, String feature, Object value) {
		element.eSet(element.eClass().getEStructuralFeature(feature), value);
	}

	@SuppressWarnings("unchecked")
	public static EList<EObject> list(EObject element, String feature) {
		return (EList<EObject>) element.eGet(element.eClass().getEStructuralFeature(feature));
	}

	/** A new representation of a diagram type on the plan, with the type's default layers and filters. */
	public Representation representation(DiagramType type) {
		Representation representation = RepresentationFactory.eINSTANCE.createRepresentation();
		representation.setName(type.label());
		representation.setViewpoint(type.viewpoint());
		representation.setDescription(type.name());
		representation.setModel("test.plan");
		representation.setRoot(ElementIds.idOf(plan));
		representation.getActiveLayers().addAll(type.defaultLayers());
		representation.getActiveFilters().addAll(type.defaultFilters());
		return representation;
	}

	/** The node showing an element with a mapping, at any depth, or {@code null}. */
	public static DNode node(Representation representation, String mapping, String element) {
		return find(representation.getNodes(), mapping, element);
	}

	private static DNode find(List<DNode> nodes, String mapping, String element) {
		for (DNode node : nodes) {
			if (node.getMapping().equals(mapping) && element.equals(node.getElement())) {
				return node;
			}
			DNode inside = find(node.getChildren(), mapping, element);
			if (inside != null) {
				return inside;
			}
		}
		return null;
	}

	/** The edges of a mapping as "source element -> target element", in order. */
	public static List<String> edges(Representation representation, String mapping) {
		return representation.getEdges().stream().filter(edge -> edge.getMapping().equals(mapping))
				.map(PlanFixture::describe).toList();
	}

	private static String describe(DEdge edge) {
		return edge.getSource().getElement() + " -> " + edge.getTarget().getElement();
	}
}

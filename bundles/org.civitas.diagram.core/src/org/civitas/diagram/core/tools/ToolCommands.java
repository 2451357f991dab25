package org.civitas.diagram.core.tools;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.civitas.diagram.core.ElementIds;
import org.civitas.diagram.core.representation.DNode;
import org.civitas.diagram.core.spec.DiagramType;
import org.civitas.diagram.core.sync.DiagramProblems;
import org.civitas.diagram.core.sync.Evaluation;
import org.civitas.diagram.spec.AbstractNodeMapping;
import org.civitas.diagram.spec.ContainerMapping;
import org.civitas.diagram.spec.DirectEditTool;
import org.civitas.diagram.spec.EdgeCreationTool;
import org.civitas.diagram.spec.FeatureInitialization;
import org.civitas.diagram.spec.NodeCreationTool;
import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * The model changes a specification's tools make, as EMF commands for the model's command
 * stack: one command per gesture, so one Undo takes it back, whether it was made on a diagram,
 * in the tree or in the Properties view. The diagram follows by synchronization; commands
 * never touch representations.
 */
public final class ToolCommands {

	/** A grouping expression that reads one feature, whose value a new group member takes. */
	private static final Pattern GROUP_FEATURE = Pattern.compile("\\s*self\\.(\\w+)\\s*"); //$NON-NLS-1$

	private final DiagramType type;
	private final EditingDomain domain;
	private final Evaluation evaluation;

	public ToolCommands(DiagramType type, EditingDomain domain, EObject root, DiagramProblems problems) {
		this.type = type;
		this.domain = domain;
		this.evaluation = new Evaluation(type, root, problems);
	}

	/**
	 * Creates an element with a node creation tool, in the container node the user clicked, or
	 * on the diagram when {@code container} is {@code null}. Created in a grouping container, the
	 * element takes the group's value ("Finance" for a service dropped in the Finance box).
	 */
	public Command createNode(NodeCreationTool tool, DNode container) {
		EObject context = contextOf(container);
		if (context == null) {
			return UnexecutableCommand.INSTANCE;
		}
		EObject owner = context;
		if (tool.getContainerExpression() != null && !tool.getContainerExpression().isBlank()) {
			List<EObject> found = evaluation.elements(tool.getContainerExpression(), evaluation.variables(context),
					tool.getName(), context);
			if (found.size() != 1) {
				return UnexecutableCommand.INSTANCE;
			}
			owner = found.get(0);
		}
		EStructuralFeature containment = owner.eClass().getEStructuralFeature(tool.getContainmentFeature());
		EClass created = createdClass(tool);
		if (containment == null || created == null) {
			return UnexecutableCommand.INSTANCE;
		}
		EObject element = EcoreUtil.create(created);
		if (container != null && container.getGroup() != null) {
			joinGroup(element, container);
		}
		initialize(element, tool.getInitializations(), owner);
		return label(AddCommand.create(domain, owner, containment, element),
				Messages.format(Messages.ToolCommands_create, DiagramType.labelOf(tool)));
	}

	/** Connects two elements with an edge creation tool: sets a reference, or creates the edge's element. */
	public Command createEdge(EdgeCreationTool tool, EObject source, EObject target) {
		if (!tool.getMapping().isUseDomainElement()) {
			EStructuralFeature reference = source.eClass().getEStructuralFeature(tool.getReferenceFeature());
			if (reference == null) {
				return UnexecutableCommand.INSTANCE;
			}
			Command link = reference.isMany() ? AddCommand.create(domain, source, reference, target)
					: SetCommand.create(domain, source, reference, target);
			return label(link, Messages.format(Messages.ToolCommands_connect, DiagramType.labelOf(tool)));
		}
		EObject owner = evaluation.root();
		if (tool.getContainerExpression() != null && !tool.getContainerExpression().isBlank()) {
			Map<String, Object> variables = new HashMap<>(evaluation.variables(null));
			variables.put("source", source); //$NON-NLS-1$
			variables.put("target", target); //$NON-NLS-1$
			List<EObject> found = evaluation.elements(tool.getContainerExpression(), variables, tool.getName(), source);
			if (found.size() != 1) {
				return UnexecutableCommand.INSTANCE;
			}
			owner = found.get(0);
		}
		EClass edgeClass = type.domainClass(tool.getMapping());
		EStructuralFeature containment = owner.eClass().getEStructuralFeature(tool.getContainmentFeature());
		if (edgeClass == null || containment == null) {
			return UnexecutableCommand.INSTANCE;
		}
		EObject edge = EcoreUtil.create(edgeClass);
		edge.eSet(edgeClass.getEStructuralFeature(tool.getSourceFeature()), source);
		edge.eSet(edgeClass.getEStructuralFeature(tool.getTargetFeature()), target);
		return label(AddCommand.create(domain, owner, containment, edge),
				Messages.format(Messages.ToolCommands_connect, DiagramType.labelOf(tool)));
	}

	/**
	 * Moves one end of an edge drawn by an edge creation tool's mapping to another element:
	 * sets the edge element's source or target feature, or moves the reference from one element
	 * to the other.
	 *
	 * @param edgeElement the edge's own element, or {@code null} for an edge that is a reference
	 * @param source      the element the edge now starts from
	 * @param target      the element the edge now ends at
	 * @param sourceEnd   whether the source end moves (else the target end)
	 * @param replacement the element the moved end goes to
	 */
	public Command reconnect(EdgeCreationTool tool, EObject edgeElement, EObject source, EObject target,
			boolean sourceEnd, EObject replacement) {
		String label = Messages.format(Messages.ToolCommands_reconnect, DiagramType.labelOf(tool));
		if (tool.getMapping().isUseDomainElement()) {
			EStructuralFeature end = edgeElement == null ? null
					: edgeElement.eClass().getEStructuralFeature(sourceEnd ? tool.getSourceFeature() : tool.getTargetFeature());
			if (end == null || end.isMany() || !end.getEType().isInstance(replacement)) {
				return UnexecutableCommand.INSTANCE;
			}
			return label(SetCommand.create(domain, edgeElement, end, replacement), label);
		}
		EObject newSource = sourceEnd ? replacement : source;
		EObject newTarget = sourceEnd ? target : replacement;
		EStructuralFeature oldReference = source.eClass().getEStructuralFeature(tool.getReferenceFeature());
		EStructuralFeature newReference = newSource.eClass().getEStructuralFeature(tool.getReferenceFeature());
		if (oldReference == null || newReference == null || !newReference.getEType().isInstance(newTarget)) {
			return UnexecutableCommand.INSTANCE;
		}
		CompoundCommand reconnect = new CompoundCommand(label);
		reconnect.append(oldReference.isMany() ? RemoveCommand.create(domain, source, oldReference, target)
				: SetCommand.create(domain, source, oldReference, SetCommand.UNSET_VALUE));
		reconnect.append(newReference.isMany() ? AddCommand.create(domain, newSource, newReference, newTarget)
				: SetCommand.create(domain, newSource, newReference, newTarget));
		return reconnect;
	}

	/** Removes the reference an edge of an edge creation tool's (relation-based) mapping stands for. */
	public Command unlink(EdgeCreationTool tool, EObject source, EObject target) {
		EStructuralFeature reference = source.eClass().getEStructuralFeature(tool.getReferenceFeature());
		if (reference == null || tool.getMapping().isUseDomainElement()) {
			return UnexecutableCommand.INSTANCE;
		}
		return label(reference.isMany() ? RemoveCommand.create(domain, source, reference, target)
				: SetCommand.create(domain, source, reference, SetCommand.UNSET_VALUE), Messages.ToolCommands_delete);
	}

	/** Sets the attribute a direct edit tool edits to the text typed; text that the attribute cannot take is refused. */
	public Command directEdit(DirectEditTool tool, EObject element, String text) {
		if (!(element.eClass().getEStructuralFeature(tool.getFeature()) instanceof EAttribute attribute)) {
			return UnexecutableCommand.INSTANCE;
		}
		return label(SetCommand.create(domain, element, attribute, text),
				Messages.format(Messages.ToolCommands_rename, DiagramType.labelOf(tool)));
	}

	/**
	 * Deletes elements from the model, with everything they contain and every reference to
	 * them, in one command. Built from plain removals, so that it works for any model, with or
	 * without item providers.
	 */
	public Command delete(Collection<EObject> elements) {
		CompoundCommand delete = new CompoundCommand(Messages.ToolCommands_delete);
		Set<EObject> deleted = new HashSet<>();
		for (EObject element : elements) {
			deleted.add(element);
			element.eAllContents().forEachRemaining(deleted::add);
		}
		Map<EObject, Collection<EStructuralFeature.Setting>> usages = EcoreUtil.UsageCrossReferencer.findAll(deleted,
				domain.getResourceSet());
		for (Map.Entry<EObject, Collection<EStructuralFeature.Setting>> usage : usages.entrySet()) {
			for (EStructuralFeature.Setting setting : usage.getValue()) {
				EStructuralFeature feature = setting.getEStructuralFeature();
				EObject owner = setting.getEObject();
				if (deleted.contains(owner) || !feature.isChangeable() || feature.isDerived()) {
					continue;
				}
				delete.append(feature.isMany() ? RemoveCommand.create(domain, owner, feature, usage.getKey())
						: SetCommand.create(domain, owner, feature, SetCommand.UNSET_VALUE));
			}
		}
		for (EObject element : elements) {
			if (element.eContainer() != null && !deleted.contains(element.eContainer())) {
				delete.append(RemoveCommand.create(domain, element.eContainer(), element.eContainmentFeature(), element));
			}
		}
		return delete;
	}

	/** The element a click in {@code container} (or on the diagram) creates in: a group's context is its parent's. */
	private EObject contextOf(DNode container) {
		if (container == null) {
			return evaluation.root();
		}
		if (container.getGroup() != null) {
			return container.eContainer() instanceof DNode parent ? contextOf(parent) : evaluation.root();
		}
		return ElementIds.resolve(evaluation.root().eResource(), container.getElement());
	}

	/** Gives a new element the value of the group it is created in, when grouping reads one attribute. */
	private void joinGroup(EObject element, DNode group) {
		if (!(type.mapping(group.getMapping()) instanceof ContainerMapping mapping)) {
			return;
		}
		Matcher feature = GROUP_FEATURE.matcher(mapping.getGroupByExpression());
		if (feature.matches() && element.eClass().getEStructuralFeature(feature.group(1)) instanceof EAttribute attribute
				&& !group.getGroup().isEmpty()) {
			element.eSet(attribute, EcoreUtil.createFromString((EDataType) attribute.getEType(), group.getGroup()));
		}
	}

	private void initialize(EObject element, List<FeatureInitialization> initializations, EObject container) {
		for (FeatureInitialization initialization : initializations) {
			EStructuralFeature feature = element.eClass().getEStructuralFeature(initialization.getFeature());
			Map<String, Object> variables = evaluation.variables(element);
			variables.put("container", container); //$NON-NLS-1$
			Object value = evaluation.value(initialization.getValueExpression(), variables, initialization.getFeature(),
					element);
			if (feature instanceof EAttribute attribute && value instanceof String text
					&& attribute.getEAttributeType().getInstanceClass() != String.class) {
				value = EcoreUtil.createFromString(attribute.getEAttributeType(), text);
			}
			if (feature != null && value != null) {
				element.eSet(feature, value);
			}
		}
	}

	private EClass createdClass(NodeCreationTool tool) {
		AbstractNodeMapping mapping = tool.getMapping();
		EClass mapped = type.domainClass(mapping);
		if (tool.getElementClass() == null || tool.getElementClass().isBlank()) {
			return mapped;
		}
		String qualified = tool.getElementClass();
		String name = qualified.contains("::") ? qualified.substring(qualified.indexOf("::") + 2) : qualified; //$NON-NLS-1$ //$NON-NLS-2$
		return mapped != null && mapped.getEPackage().getEClassifier(name) instanceof EClass eClass ? eClass : null;
	}

	/** Names the command as the Edit menu shows it: "Undo Create Service". */
	private static Command label(Command command, String label) {
		if (command instanceof AbstractCommand named) {
			named.setLabel(label);
		}
		return command;
	}
}

package org.civitas.provisioning;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.engine.PhaseSetFactory;
import org.eclipse.equinox.p2.engine.query.UserVisibleRootQuery;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.IRequirement;
import org.eclipse.equinox.p2.operations.InstallOperation;
import org.eclipse.equinox.p2.operations.ProfileChangeOperation;
import org.eclipse.equinox.p2.operations.ProfileModificationJob;
import org.eclipse.equinox.p2.operations.ProvisioningJob;
import org.eclipse.equinox.p2.operations.ProvisioningSession;
import org.eclipse.equinox.p2.operations.UninstallOperation;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * The plug-ins installed into the running Civitas product, and installing or uninstalling
 * them through p2, all or nothing: every feature asked for is checked (on the update site, or
 * among the installed plug-ins) and the whole change is resolved before anything is touched,
 * and p2's engine undoes a change that fails part-way. New plug-ins take effect at the next
 * start of the product.
 * <p>
 * Features are named as in their {@code feature.xml} ({@code org.example.feature}); p2's own
 * spelling ({@code org.example.feature.feature.group}) is accepted too. The features that make
 * up the product itself cannot be uninstalled.
 */
public final class PluginInstallation {

	private static final String FEATURE_GROUP = ".feature.group"; //$NON-NLS-1$

	private final IProvisioningAgent agent;
	private final IProfile profile;

	private PluginInstallation(IProvisioningAgent agent, IProfile profile) {
		this.agent = agent;
		this.profile = profile;
	}

	/**
	 * The installation of the product this code runs in.
	 *
	 * @throws ProvisioningException when it has no p2 profile: a development launch or a test
	 *                               runtime rather than the built product
	 */
	public static PluginInstallation ofRunningProduct() throws ProvisioningException {
		BundleContext context = FrameworkUtil.getBundle(PluginInstallation.class).getBundleContext();
		Collection<ServiceReference<IProvisioningAgent>> agents;
		try {
			agents = context.getServiceReferences(IProvisioningAgent.class,
					'(' + IProvisioningAgent.SERVICE_CURRENT + "=true)"); //$NON-NLS-1$
		} catch (InvalidSyntaxException impossible) {
			throw new IllegalStateException(impossible);
		}
		if (agents.isEmpty()) {
			throw new ProvisioningException(Messages.PluginInstallation_noAgent);
		}
		IProvisioningAgent agent = context.getService(agents.iterator().next());
		IProfile profile = agent.getService(IProfileRegistry.class).getProfile(IProfileRegistry.SELF);
		if (profile == null) {
			throw new ProvisioningException(Messages.PluginInstallation_noProfile);
		}
		return new PluginInstallation(agent, profile);
	}

	/** The plug-in features installed into the product, by id; not the product's own features. */
	public List<InstalledFeature> plugins() {
		Set<IInstallableUnit> productContent = productContent();
		return currentProfile().query(new UserVisibleRootQuery(), null).toUnmodifiableSet().stream()
				.filter(PluginInstallation::isFeature).filter(unit -> !productContent.contains(unit))
				.map(PluginInstallation::feature).sorted(Comparator.comparing(InstalledFeature::id)).toList();
	}

	/**
	 * Installs the latest version of each feature from the update site, with what they need
	 * from it; features installed already at that version are left as they are.
	 *
	 * @return the features installed, empty when all were installed already
	 * @throws ProvisioningException when the site cannot be read, does not have a feature, or
	 *                               the features need something neither the site nor the
	 *                               product has; nothing was changed
	 */
	public List<InstalledFeature> install(URI site, List<String> features, IProgressMonitor monitor)
			throws ProvisioningException {
		SubMonitor progress = SubMonitor.convert(monitor, 100);
		IMetadataRepositoryManager metadata = agent.getService(IMetadataRepositoryManager.class);
		IArtifactRepositoryManager artifacts = agent.getService(IArtifactRepositoryManager.class);
		boolean siteKnown = metadata.contains(site);
		try {
			IMetadataRepository repository = metadata.loadRepository(site, progress.split(15));
			artifacts.loadRepository(site, progress.split(5));
			Set<IInstallableUnit> units = new LinkedHashSet<>();
			List<String> missing = new ArrayList<>();
			for (String feature : features) {
				Set<IInstallableUnit> found = repository.query(QueryUtil.createLatestQuery(
						QueryUtil.createIUQuery(featureGroup(feature))), progress.split(1)).toUnmodifiableSet();
				if (found.isEmpty()) {
					missing.add(featureId(feature));
				}
				units.addAll(found);
			}
			if (!missing.isEmpty()) {
				throw new ProvisioningException(NLS.bind(Messages.PluginInstallation_unknownFeature,
						new Object[] { site, String.join(", ", missing), siteFeatures(repository) })); //$NON-NLS-1$
			}
			units.removeIf(unit -> !currentProfile().query(QueryUtil.createIUQuery(unit.getId(), unit.getVersion()), null).isEmpty());
			if (units.isEmpty()) {
				return List.of();
			}
			InstallOperation operation = new InstallOperation(new ProvisioningSession(agent), units);
			operation.getProvisioningContext().setMetadataRepositories(site);
			operation.getProvisioningContext().setArtifactRepositories(site);
			String names = names(units);
			perform(operation, progress.split(70), NLS.bind(Messages.PluginInstallation_cannotInstall, names),
					Messages.PluginInstallation_installFailed, names);
			return units.stream().map(PluginInstallation::feature).toList();
		} catch (ProvisionException unreadable) {
			throw new ProvisioningException(NLS.bind(Messages.PluginInstallation_noSite, site,
					firstLine(unreadable.getMessage())), unreadable);
		} finally {
			if (!siteKnown) {
				// A site named on a command line is used once; the workbench's list of sites is left as it was.
				metadata.removeRepository(site);
				artifacts.removeRepository(site);
			}
		}
	}

	/**
	 * Uninstalls plug-in features, with what only they needed.
	 *
	 * @return the features uninstalled
	 * @throws ProvisioningException when a feature is not installed or is part of the product
	 *                               itself; nothing was changed
	 */
	public List<InstalledFeature> uninstall(List<String> features, IProgressMonitor monitor) throws ProvisioningException {
		Set<IInstallableUnit> units = new LinkedHashSet<>();
		List<String> missing = new ArrayList<>();
		IProfile current = currentProfile();
		for (String feature : features) {
			Set<IInstallableUnit> found = current.query(QueryUtil.createIUQuery(featureGroup(feature)), null).toUnmodifiableSet();
			if (found.isEmpty()) {
				missing.add(featureId(feature));
			} else if (partOfProduct(found.iterator().next())) {
				throw new ProvisioningException(NLS.bind(Messages.PluginInstallation_partOfProduct, featureId(feature)));
			}
			units.addAll(found);
		}
		if (!missing.isEmpty()) {
			List<InstalledFeature> plugins = plugins();
			throw new ProvisioningException(NLS.bind(Messages.PluginInstallation_notInstalled, String.join(", ", missing), //$NON-NLS-1$
					plugins.isEmpty() ? Messages.PluginInstallation_noPlugins
							: NLS.bind(Messages.PluginInstallation_installedPlugins, plugins.stream()
									.map(InstalledFeature::id).collect(Collectors.joining(", "))))); //$NON-NLS-1$
		}
		UninstallOperation operation = new UninstallOperation(new ProvisioningSession(agent), units);
		// Removing needs no site: p2 would otherwise visit every site it knows.
		operation.getProvisioningContext().setMetadataRepositories();
		operation.getProvisioningContext().setArtifactRepositories();
		String names = names(units);
		perform(operation, monitor, NLS.bind(Messages.PluginInstallation_cannotUninstall, names),
				Messages.PluginInstallation_uninstallFailed, names);
		return units.stream().map(PluginInstallation::feature).toList();
	}

	/** Resolves the change completely first, so that a refused one touches nothing, then runs it. */
	private void perform(ProfileChangeOperation operation, IProgressMonitor monitor, String refusal, String failure,
			String names) throws ProvisioningException {
		SubMonitor progress = SubMonitor.convert(monitor, 100);
		operation.setProfileId(profile.getProfileId());
		IStatus resolution = operation.resolveModal(progress.split(40));
		if (resolution.getSeverity() == IStatus.ERROR || resolution.getSeverity() == IStatus.CANCEL) {
			throw new ProvisioningException(refusal + details(resolution));
		}
		ProvisioningJob job = operation.getProvisioningJob(progress.split(0));
		if (job instanceof ProfileModificationJob modification) {
			// The one asking named the site themselves; a command line has nobody to answer p2's
			// question about unsigned content (the workbench's Install New Software still asks it).
			modification.setPhaseSet(PhaseSetFactory
					.createDefaultPhaseSetExcluding(new String[] { PhaseSetFactory.PHASE_CHECK_TRUST }));
		}
		IStatus outcome = job.runModal(progress.split(60));
		if (outcome.getSeverity() == IStatus.ERROR || outcome.getSeverity() == IStatus.CANCEL) {
			throw new ProvisioningException(NLS.bind(failure, names, firstLine(outcome.getMessage())) + details(outcome));
		}
	}

	/** The profile as it is now: an installation in another process may have changed it since this one was read. */
	private IProfile currentProfile() {
		IProfile current = agent.getService(IProfileRegistry.class).getProfile(profile.getProfileId());
		return current == null ? profile : current;
	}

	/** Whether the unit is the product, or something the product is made of (its features, their features, their bundles). */
	private boolean partOfProduct(IInstallableUnit unit) {
		return productContent().contains(unit);
	}

	/** The product and everything in the profile it requires, directly or through what it requires. */
	private Set<IInstallableUnit> productContent() {
		IProfile current = currentProfile();
		Set<IInstallableUnit> content = new HashSet<>(current.query(QueryUtil.createIUProductQuery(), null).toUnmodifiableSet());
		Deque<IInstallableUnit> unvisited = new ArrayDeque<>(content);
		while (!unvisited.isEmpty()) {
			IInstallableUnit next = unvisited.pop();
			for (IRequirement requirement : next.getRequirements()) {
				// A match query uses the profile's index of capabilities.
				for (IInstallableUnit required : current.query(QueryUtil.createMatchQuery(requirement.getMatches()), null)) {
					if (content.add(required)) {
						unvisited.push(required);
					}
				}
			}
		}
		return content;
	}

	/** p2's explanation, one line for each part of it that says something (such as a missing requirement). */
	private static String details(IStatus status) {
		Set<String> lines = new LinkedHashSet<>();
		collect(status, lines);
		return lines.stream().map(line -> System.lineSeparator() + "  " + line).collect(Collectors.joining()); //$NON-NLS-1$
	}

	private static void collect(IStatus status, Set<String> lines) {
		String message = status.getMessage();
		// "Operation details" and the like only announce the children.
		if (message != null && !message.isBlank() && status.getChildren().length == 0) {
			message.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(lines::add);
		}
		for (IStatus child : status.getChildren()) {
			collect(child, lines);
		}
		if (lines.isEmpty() && message != null && !message.isBlank()) {
			lines.add(firstLine(message));
		}
	}

	private static String siteFeatures(IMetadataRepository repository) {
		List<String> ids = repository.query(QueryUtil.createIUGroupQuery(), null).toUnmodifiableSet().stream()
				.filter(PluginInstallation::isFeature).map(unit -> featureId(unit.getId())).distinct().sorted().toList();
		return ids.isEmpty() ? Messages.PluginInstallation_siteEmpty
				: NLS.bind(Messages.PluginInstallation_siteFeatures, String.join(", ", ids)); //$NON-NLS-1$
	}

	private static String names(Collection<IInstallableUnit> units) {
		return units.stream().map(unit -> featureId(unit.getId()) + ' ' + unit.getVersion())
				.collect(Collectors.joining(", ")); //$NON-NLS-1$
	}

	private static boolean isFeature(IInstallableUnit unit) {
		return unit.getId().endsWith(FEATURE_GROUP);
	}

	private static InstalledFeature feature(IInstallableUnit unit) {
		String name = unit.getProperty(IInstallableUnit.PROP_NAME, null);
		return new InstalledFeature(featureId(unit.getId()), unit.getVersion().toString(), name == null ? featureId(unit.getId()) : name);
	}

	private static String featureGroup(String feature) {
		return feature.endsWith(FEATURE_GROUP) ? feature : feature + FEATURE_GROUP;
	}

	private static String featureId(String feature) {
		return feature.endsWith(FEATURE_GROUP) ? feature.substring(0, feature.length() - FEATURE_GROUP.length()) : feature;
	}

	private static String firstLine(String message) {
		return message == null ? "" : message.lines().findFirst().orElse(message); //$NON-NLS-1$
	}
}

package org.civitas.team.ui;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

import org.civitas.team.GitSetup;
import org.civitas.team.ModelRepository;
import org.civitas.team.TeamException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

/**
 * File > Import > Civitas > Model Repository from Git: clones a repository (HTTPS with a user
 * name and token, or a local path) set up for Civitas' merge, opens it as a project and its
 * first portfolio in the editor. A login is kept in the secure storage when asked.
 */
public final class CloneWizard extends Wizard implements IImportWizard {

	private ClonePage page;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		setWindowTitle(Messages.CloneWizard_title);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		page = new ClonePage();
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		String remote = page.remote();
		Path folder = page.folder();
		Credentials.Login login = page.login();
		boolean remember = page.rememberLogin();
		IProject[] project = new IProject[1];
		try {
			getContainer().run(true, false, monitor -> {
				SubMonitor progress = SubMonitor.convert(monitor, Messages.CloneWizard_cloning, 3);
				try (ModelRepository cloned = ModelRepository.cloneFrom(remote, folder,
						login == null ? Credentials.providerFor(remote) : login.provider(), GitSetup.launcher(), TeamProjects.words())) {
					progress.worked(2);
					if (login != null && remember) {
						Credentials.store(remote, login);
					}
					if (!Files.exists(folder.resolve(IProjectDescription.DESCRIPTION_FILE_NAME))) {
						// the description the workspace is about to write is this computer's, not the team's
						cloned.excludeLocally('/' + IProjectDescription.DESCRIPTION_FILE_NAME);
					}
					project[0] = openAsProject(folder, progress.split(1));
				} catch (TeamException | CoreException | StorageException | IOException failed) {
					throw new InvocationTargetException(failed);
				}
			});
		} catch (InvocationTargetException failed) {
			page.setErrorMessage(failed.getCause().getMessage());
			return false;
		} catch (InterruptedException cancelled) {
			Thread.currentThread().interrupt();
			return false;
		}
		HistoryIndexing.schedule(project[0]);
		firstPortfolio(project[0]).ifPresent(this::open);
		return true;
	}

	/** The clone as a workspace project: its own description if it has one, else one named after the folder. */
	private static IProject openAsProject(Path folder, SubMonitor monitor) throws CoreException {
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		Path descriptionFile = folder.resolve(IProjectDescription.DESCRIPTION_FILE_NAME);
		IProjectDescription description = Files.exists(descriptionFile)
				? workspace.loadProjectDescription(IPath.fromOSString(descriptionFile.toString()))
				: workspace.newProjectDescription(folder.getFileName().toString());
		IProject project = workspace.getRoot().getProject(description.getName());
		Path defaultLocation = workspace.getRoot().getLocation().toFile().toPath().resolve(description.getName());
		description.setLocation(folder.toAbsolutePath().equals(defaultLocation.toAbsolutePath()) ? null
				: IPath.fromOSString(folder.toAbsolutePath().toString()));
		SubMonitor progress = SubMonitor.convert(monitor, 2);
		project.create(description, progress.split(1));
		project.open(progress.split(1));
		return project;
	}

	private static Optional<IFile> firstPortfolio(IProject project) {
		Path top = TeamProjects.location(project);
		try (Stream<Path> files = Files.walk(top)) {
			return files.filter(path -> path.getFileName().toString().endsWith(".portfolio")) //$NON-NLS-1$
					.filter(path -> !top.relativize(path).startsWith(".git")) //$NON-NLS-1$
					.min(Comparator.comparing(Path::toString))
					.map(path -> project.getFile(IPath.fromOSString(top.relativize(path).toString())));
		} catch (IOException unreadable) {
			return Optional.empty();
		}
	}

	private void open(IFile portfolio) {
		try {
			IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), portfolio, true);
		} catch (PartInitException notOpened) {
			page.setErrorMessage(notOpened.getMessage());
		}
	}
}
